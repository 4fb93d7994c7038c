/**
 * The evidence viewer ({@code assessor serve}): serves a run's {@code report/} and {@code evidence/}
 * over HTTP to people holding a token from {@code viewer-tokens.json} — the inspector sees everything,
 * each agency only its own evidence page, screenshots and archives plus the national ranking. Reads
 * the run directory and never writes to it, except the tokens file and the access log.
 */
package vn.portalassessor.viewer;
