#!/usr/bin/env node
import { main } from '../dist/cli/query.js';

main(process.argv);
