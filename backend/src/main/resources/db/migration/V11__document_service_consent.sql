-- 电子送达 only with the recipient's consent on file (送达地址确认书, 民事诉讼法 §90): a recipient's e-mail address is
-- used for service only when this is true; otherwise the document is printed and served directly or by post.
alter table document_recipient add column email_consent boolean default false not null;
