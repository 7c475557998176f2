/** 'KLER' in ASCII: stamped in the SQLite header (offset 68) so tools like file(1) can tell our files apart. */
export const APPLICATION_ID = 0x4b4c4552
export const FILE_EXTENSION = '.assembly'
