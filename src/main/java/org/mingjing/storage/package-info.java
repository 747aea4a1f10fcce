/**
 * Object storage for evidence files behind one interface, {@link org.mingjing.storage.ObjectStorage}: the local
 * file system or an S3-compatible object store ({@code mingjing.storage.type=local|s3}). Objects are written in
 * stages (parts at known offsets, then made visible under their key at once) and read back by byte range.
 * 对象存储：本地磁盘或兼容 S3 的对象存储，分段写入、原子完成、按字节范围读取。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.mingjing.storage;
