// zxing-cpp (WebAssembly, the zxing-wasm package) on every image of a corpus directory: one line per image,
// "<set>/<file>\t<RIGHT|WRONG|NONE>\t<milliseconds>", then "# zxing-wasm <version> zxing-cpp <commit>".
// QR only, with every effort zxing-cpp offers (tryHarder, rotations, inversion, downscaling).
import { readBarcodes, prepareZXingModule, ZXING_CPP_COMMIT, ZXING_WASM_VERSION } from "zxing-wasm/reader";
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
const wasm = readFileSync(createRequire(import.meta.url).resolve("zxing-wasm/reader").replace(/dist.*$/, "dist/reader/zxing_reader.wasm"));
await prepareZXingModule({ overrides: { wasmBinary: wasm }, fireImmediately: true });
for (const set of readdirSync(root).filter(d => d.startsWith("qrcode-")).sort()) {
  for (const file of readdirSync(join(root, set)).filter(f => /\.(png|jpg|jpeg|gif)$/i.test(f)).sort()) {
    const expected = readFileSync(join(root, set, file.replace(/\.[^.]+$/, ".txt")), "utf8");
    const bytes = readFileSync(join(root, set, file));
    const start = performance.now();
    const found = await readBarcodes(new Blob([bytes]), { formats: ["QRCode"], tryHarder: true, tryRotate: true, tryInvert: true,
      tryDownscale: true, maxNumberOfSymbols: 1 });
    const millis = performance.now() - start;
    const text = found.length ? found[0].text : null;
    console.log(`${set}/${file}\t${text === null ? "NONE" : text === expected ? "RIGHT" : "WRONG"}\t${millis.toFixed(2)}`);
  }
}
console.log(`# zxing-wasm ${ZXING_WASM_VERSION} zxing-cpp ${ZXING_CPP_COMMIT}`);
