/** The school register as each role may see it: the central team all, others their own scope. */
package nl.leerkracht.service.school;
