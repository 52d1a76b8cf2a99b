/** The pages of the school roles (schoolleider, schoolcoach, aanjager, leraar) about their own school. */
package nl.leerkracht.web.school;
