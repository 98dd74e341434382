-- A delegation's runoff among those tied for an alternate's place elects alternates only: no delegate seat.
alter table election drop constraint election_seats_check;
alter table election add constraint election_seats_check check (seats >= 0 and seats + alternate_seats >= 1);
