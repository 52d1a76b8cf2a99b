/**
 * The web layer: PrimeFaces views with their backing beans, one package per area mirroring the
 * view folders. Goes through the services of leerkracht-ejb, never to the database directly.
 */
package nl.leerkracht.web;
