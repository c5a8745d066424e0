/**
 * Legal documents (文书): document types and their templates, numbering (文号), rendering to PDF with an embedded
 * Chinese font, storage with a SHA-256 fingerprint, public verification, and service records (送达回证).
 */
package cn.laborcase.documents;
