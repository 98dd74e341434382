package vn.dangbo.registry.web;

import java.util.List;

/** One page of a list: the items, the page asked for and the total across all pages. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
