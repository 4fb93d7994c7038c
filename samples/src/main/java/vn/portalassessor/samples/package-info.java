/**
 * The bundled sample portals (fictional Vietnamese agencies in four CMS styles, with their ground-truth
 * labels) and {@link vn.portalassessor.samples.SamplePortalServer}, which serves each site on its own
 * loopback port for the demo and for tests. Nothing here is used when assessing real portals.
 */
package vn.portalassessor.samples;
