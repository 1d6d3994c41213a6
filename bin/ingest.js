#!/usr/bin/env node
import { main } from '../dist/cli/ingest.js';

main(process.argv);
