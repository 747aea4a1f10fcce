/**
 * Printable documents: the CJK fonts they embed, the table layout other modules fill, and the enforcement documents
 * of a case (执法文书) filled from templates an agency can adapt and set by GB/T 9704-2012 as PDF and OFD.
 * 文书：嵌入的中文字体、表格版式，以及由可调整模板生成、按 GB/T 9704-2012 排版的执法文书（PDF 与 OFD）。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.mingjing.documents;
