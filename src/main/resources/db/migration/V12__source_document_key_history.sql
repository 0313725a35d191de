-- The history table of source documents follows source_document.seed_key (added in V5 for
-- import/export) so that Envers records it like every other column.
alter table source_document_aud add column seed_key varchar(100);
