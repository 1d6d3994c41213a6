#!/usr/bin/env node
import { main } from '../dist/cli/extract.js';

main(process.argv);
