-- A subtree's organisations with their names from the index alone: the calendar of a province (GET
-- /rounds/{id}/calendar.ics?organisationId=, /organisations/{id}/calendar.ics) joins its ~830 congresses to the path
-- prefix scan, which without the included columns visits one heap page per organisation.
create index known_organisation_subtree on known_organisation (path varchar_pattern_ops) include (id, name);
