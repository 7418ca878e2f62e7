// Builds the workbench (web/) into dist/web, which `stancegraph serve` serves: no CDN at run time.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or styles: the server's Content-Security-Policy allows its own files only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
