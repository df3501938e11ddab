-- An alert's sentence as the key of its template in the rules' findings bundle and its arguments (a JSON
-- array), so that the pages write it in the reader's language; message keeps the English sentence for the
-- API. Alerts raised before have neither until a re-evaluation finds them again, and show their message.
-- ${text_type} is CLOB on H2, TEXT on PostgreSQL.

alter table alert add column message_key varchar(100);
alter table alert add column message_arguments ${text_type};
