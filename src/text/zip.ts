import { unzipSync } from 'fflate';

/** The most a workbook may unpack to: rolematrix's own exports of thousands of roles stay far under it. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * Why a ZIP file (an XLSX workbook) is not unpacked, or undefined: the sizes its entries declare add up to more than
 * `MAX_UNPACKED_BYTES`. A damaged 5 KB workbook declared one entry of 335 MB, and unpacking and decoding it took over
 * two seconds. The entries are listed, not unpacked; a file that is no ZIP at all is left to the reader to refuse.
 */
export function zipTooLarge(bytes: Uint8Array): string | undefined {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    return undefined;
  }
  const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
  return total > MAX_UNPACKED_BYTES
    ? `its entries unpack to ${mib(total)}, over the ${mib(MAX_UNPACKED_BYTES)} a workbook may hold`
    : undefined;
}
