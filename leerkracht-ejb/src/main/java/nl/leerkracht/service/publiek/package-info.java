/** The public side's services: information meetings with registration and waiting list. */
package nl.leerkracht.service.publiek;
