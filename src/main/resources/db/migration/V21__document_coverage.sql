-- Coverage of documents (issue 15, docs/decisions/0017): each sentence of a stored document
-- that names a sanction-like act (source/SanctionLexicon) is cited by a record, decided "not a
-- record" by an analyst with a reason, or open. Portable SQL: H2 and PostgreSQL.

-- What an analyst decided about a sentence that no record needs to cite: the reason, kept with
-- its history (sentence_decision_aud). A withdrawn decision keeps its row with no reason, so
-- that its history goes on when it is decided again. The sentence is named by its offsets in
-- the document's stored text, which never changes (source/Sentences).
create sequence sentence_decision_seq start with 1 increment by 50;

create table sentence_decision (
    id            bigint        not null,
    version       bigint        not null,
    document_id   bigint        not null,
    start_offset  integer       not null,
    end_offset    integer       not null,
    reason        varchar(2000),
    seed_key      varchar(100),
    constraint pk_sentence_decision primary key (id),
    constraint fk_sentence_decision_document foreign key (document_id) references source_document (id),
    constraint uk_sentence_decision_sentence unique (document_id, start_offset, end_offset),
    constraint uk_sentence_decision_seed_key unique (seed_key),
    constraint ck_sentence_decision_range check (start_offset >= 0 and end_offset > start_offset)
);

create table sentence_decision_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       smallint,
    document_id   bigint,
    start_offset  integer,
    end_offset    integer,
    reason        varchar(2000),
    seed_key      varchar(100),
    constraint pk_sentence_decision_aud primary key (id, rev),
    constraint fk_sentence_decision_aud_revision foreign key (rev) references revision (id)
);

-- Derived, kept up to date in the transaction of every change that can change them (a record's
-- citations, a decision, a new document; source/CoverageUpdate), and derived again on start for
-- documents without them or derived with another lexicon. Rows go with their document.

-- The sanction-like sentences of each document and their state.
create table document_sentence (
    document_id   bigint       not null,
    start_offset  integer      not null,
    end_offset    integer      not null,
    terms         varchar(500) not null,
    state         varchar(10)  not null,
    constraint pk_document_sentence primary key (document_id, start_offset),
    constraint fk_document_sentence_document foreign key (document_id) references source_document (id)
        on delete cascade,
    constraint ck_document_sentence_state check (state in ('CITED', 'DECIDED', 'OPEN'))
);
create index ix_document_sentence_state on document_sentence (document_id, state, start_offset);

-- Each document's counts, which the Sources list shows: sentences naming a sanction-like act,
-- how many are cited, decided "not a record" (and not cited) and open.
create table document_coverage (
    document_id     bigint      not null,
    lexicon_sha256  varchar(64) not null,
    sentences       integer     not null,
    cited           integer     not null,
    decided         integer     not null,
    open_sentences  integer     not null,
    constraint pk_document_coverage primary key (document_id),
    constraint fk_document_coverage_document foreign key (document_id) references source_document (id)
        on delete cascade
);

-- Which records cite a passage, looked up by passage when a document's coverage is derived.
create index ix_actor_evidence_evidence on actor_evidence (evidence_id);
create index ix_coalition_evidence_evidence on coalition_evidence (evidence_id);
create index ix_coalition_membership_evidence_evidence on coalition_membership_evidence (evidence_id);
create index ix_measure_evidence_evidence on measure_evidence (evidence_id);
create index ix_measure_event_evidence_evidence on measure_event_evidence (evidence_id);
create index ix_enforcement_action_evidence_evidence on enforcement_action_evidence (evidence_id);
create index ix_figure_evidence_evidence on figure_evidence (evidence_id);
