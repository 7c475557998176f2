/**
 * Sets every entry of a zip archive (an .xlsx) to the same modification time, 2000-01-01 00:00,
 * in its local header and in the central directory, so the same content gives the same bytes.
 * The zip writer stamps each entry with the moment it was added; nothing else in the file varies.
 */
export function fixZipTimes(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('not a zip archive (no end of central directory)')
  const entries = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const dosTime = 0
  const dosDate = ((2000 - 1980) << 9) | (1 << 5) | 1
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged central directory')
    zip.writeUInt16LE(dosTime, at + 12)
    zip.writeUInt16LE(dosDate, at + 14)
    const local = zip.readUInt32LE(at + 42)
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('damaged local header')
    zip.writeUInt16LE(dosTime, local + 10)
    zip.writeUInt16LE(dosDate, local + 12)
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return zip
}
