#!/usr/bin/env node
// The installed `vanban` command: a plain file kept in the repository rather than in dist/,
// so that a package manager can link it on a fresh clone before the first build (`pnpm
// install` links bins first, then runs the build). It runs the compiled command.
import '../dist/bin.js'
