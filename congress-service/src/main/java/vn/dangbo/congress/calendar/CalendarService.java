package vn.dangbo.congress.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.kit.calendar.IcsWriter;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.web.ProblemException;

/**
 * The calendar feeds (RFC 5545) of a round, of a subtree within a round, and of a subtree in every round. What a
 * feed covers is settled first ({@link #ofRound}, {@link #ofOrganisation}: an unknown round or organisation is a
 * problem before anything is written), then {@link #write} streams it.
 */
@ApplicationScoped
public class CalendarService {

    private static final int BUFFER = 1 << 16;

    /** What a feed covers: a round (null for every round), a subtree by its path (null for the whole round). */
    public record Scope(UUID roundId, String subtreePath) {
    }

    private final RoundService rounds;
    private final OrganisationDirectory organisations;
    private final CalendarRepository repository;
    private final Clock clock;

    public CalendarService(RoundService rounds, OrganisationDirectory organisations, CalendarRepository repository) {
        this.rounds = rounds;
        this.organisations = organisations;
        this.repository = repository;
        this.clock = Clock.systemUTC();
    }

    /** The round's congresses and deadlines, of the subtree of {@code organisationId} when it is given. */
    public Scope ofRound(UUID roundId, UUID organisationId) {
        rounds.get(roundId);
        return new Scope(roundId, organisationId == null ? null : subtreePath(organisationId));
    }

    /** The subtree's congresses and deadlines in every round. */
    public Scope ofOrganisation(UUID organisationId) {
        return new Scope(null, subtreePath(organisationId));
    }

    /** Writes the feed as UTF-8 while its rows are read. */
    @Transactional
    public void write(Scope scope, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        IcsWriter ics = IcsWriter.start(text, CalendarUids.PRODUCT, clock.instant());
        repository.forEach(scope.roundId(), scope.subtreePath(), new CalendarFeed(ics::event));
        ics.end();
        text.flush();
    }

    private String subtreePath(UUID organisationId) {
        return organisations.find(organisationId).orElseThrow(() -> ProblemException.notFound(
                "Không có tổ chức đảng với mã " + organisationId
                        + " (hoặc chưa nhận được thông tin từ hệ thống quản lý tổ chức đảng)")).path;
    }
}
