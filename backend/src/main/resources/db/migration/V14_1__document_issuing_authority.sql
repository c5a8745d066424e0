-- Issue 9 item 3b: the issuing authority (发文机关) as the document names it, frozen when it is issued, so that
-- /verify shows who issued it then and not what today's settings say (a renamed office or an authority configured
-- later must not rewrite issued documents). Null for documents issued before this column: /verify falls back to the
-- settings for those.
alter table document add column issuing_authority varchar(300);
