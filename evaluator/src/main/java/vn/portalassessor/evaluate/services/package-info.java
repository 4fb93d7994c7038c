/**
 * Category 4 checks: the online public services — the catalogue, what each service offers and the
 * level it really works at (C4.01–C4.08).
 */
package vn.portalassessor.evaluate.services;
