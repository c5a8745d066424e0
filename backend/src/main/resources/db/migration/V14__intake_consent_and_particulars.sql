-- Intake, issue 9 items 14 and 15. Portable SQL (plain alter table ... add column, one column each).

-- 送达地址确认书 (民事诉讼法 §90): a complainant who consents to electronic service, and to which of his addresses, is
-- served by e-mail; the others are served on paper. An address without consent is kept as a contact only.
alter table complainant add column email_consent boolean default false not null;
-- 举报投诉登记表 (关于实施《劳动保障监察条例》若干规定 §17): the complainant's 职业 and 工作单位
alter table complainant add column occupation varchar(50);
alter table complainant add column workplace varchar(200);

-- 若干规定 §17: the employer's 法定代表人或者主要负责人 with his 职务, as the complainant states them, and the
-- complainant's 投诉请求 (required for a 投诉, not for a 举报)
alter table complaint add column employer_representative varchar(50);
alter table complaint add column employer_representative_title varchar(50);
alter table complaint add column claims varchar(1000);
