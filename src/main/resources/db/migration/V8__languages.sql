-- English and German (issue 16). SQL that both H2 and PostgreSQL accept.

-- The rule set's texts in other languages than its own (English), one row per text: language, the part
-- of the rule set ('redFlags', 'planItems', ...), the row's id there and the field ('label', 'action',
-- ...), as the "translations" object of the rule set's JSON. Ids are checked by RuleSetValidator on
-- load, as every other reference between rule rows is, not by foreign keys.
CREATE TABLE rule_text (
    rule_set_id BIGINT       NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,
    language    VARCHAR(8)   NOT NULL,
    part        VARCHAR(40)  NOT NULL,
    row_id      VARCHAR(100) NOT NULL,
    field       VARCHAR(40)  NOT NULL,
    seq         INTEGER      NOT NULL,
    body        VARCHAR      NOT NULL,
    PRIMARY KEY (rule_set_id, language, part, row_id, field)
);

-- The language a client's aftercare sheet prints in, whatever the desk's: 'en' or 'de'.
ALTER TABLE client ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE client ADD CONSTRAINT client_language_check CHECK (language IN ('en', 'de'));
