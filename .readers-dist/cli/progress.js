// A progress bar for long ingests on a terminal: files, MB/s and ETA. Never drawn when stderr is not a terminal.
import cliProgress from 'cli-progress';
import { expandInputs } from '../read/inputs.js';
export class Progress {
    bar;
    started = performance.now();
    files = 0;
    bytes = 0;
    stopped = false;
    constructor(paths) {
        this.bar = new cliProgress.SingleBar({
            format: ' {bar} {value}/{total} files | {mbps} MB/s | ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 200,
            stream: process.stderr,
        }, cliProgress.Presets.shades_classic);
        this.bar.start(0, 0, { mbps: '0.0' });
        // The total is counted beside the ingest, so the first files are read at once.
        void this.count(paths);
    }
    async count(paths) {
        let total = 0;
        for await (const input of expandInputs(paths))
            if (input.kind === 'file' || input.kind === 'stdin')
                total++;
        if (!this.stopped)
            this.bar.setTotal(total);
    }
    tick(bytes) {
        this.files++;
        this.bytes += bytes;
        const seconds = (performance.now() - this.started) / 1000;
        this.bar.update(this.files, { mbps: (this.bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1) });
    }
    /** Prints a line above the bar. */
    log(line) {
        process.stderr.write(`\r\x1b[K${line}`);
        this.bar.render();
    }
    stop() {
        if (this.stopped)
            return;
        this.stopped = true;
        this.bar.stop();
    }
}
//# sourceMappingURL=progress.js.map