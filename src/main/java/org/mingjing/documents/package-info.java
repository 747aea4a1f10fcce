/**
 * Printable documents: the CJK fonts they embed and the PDF layouts the other modules fill (tables now; the
 * enforcement documents of a case later).
 * 文书：嵌入的中文字体与各模块使用的 PDF 版式。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.mingjing.documents;
