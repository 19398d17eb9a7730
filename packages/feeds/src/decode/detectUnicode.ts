/** Unicode encodings recognisable from the first bytes alone: BOMs, then XML's "<?" patterns (XML 1.0 appendix F). */
export interface UnicodeSignature {
  charset: "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";
  bomLength: number;
}

const signatures: { bytes: number[]; signature: UnicodeSignature }[] = [
  // UTF-32 before UTF-16: FF FE 00 00 also starts with the UTF-16LE BOM.
  { bytes: [0xff, 0xfe, 0x00, 0x00], signature: { charset: "utf-32le", bomLength: 4 } },
  { bytes: [0x00, 0x00, 0xfe, 0xff], signature: { charset: "utf-32be", bomLength: 4 } },
  { bytes: [0xef, 0xbb, 0xbf], signature: { charset: "utf-8", bomLength: 3 } },
  { bytes: [0xff, 0xfe], signature: { charset: "utf-16le", bomLength: 2 } },
  { bytes: [0xfe, 0xff], signature: { charset: "utf-16be", bomLength: 2 } },
  { bytes: [0x3c, 0x00, 0x00, 0x00], signature: { charset: "utf-32le", bomLength: 0 } },
  { bytes: [0x00, 0x00, 0x00, 0x3c], signature: { charset: "utf-32be", bomLength: 0 } },
  { bytes: [0x3c, 0x00, 0x3f, 0x00], signature: { charset: "utf-16le", bomLength: 0 } },
  { bytes: [0x00, 0x3c, 0x00, 0x3f], signature: { charset: "utf-16be", bomLength: 0 } },
];

export function detectUnicode(bytes: Uint8Array): UnicodeSignature | null {
  for (const { bytes: prefix, signature } of signatures) {
    if (prefix.every((b, i) => bytes[i] === b)) return signature;
  }
  return null;
}
