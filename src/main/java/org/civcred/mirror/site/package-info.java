/** Per-host page generation for the mirror (plans, templates, renderers); internal to the mirror. */
package org.civcred.mirror.site;
