package vn.gov.plantracker.consolidated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The issuer's register of document numbers (Decree 30/2020): numbers start at 01 each year and are
 * never given twice. The row stays locked until the transaction ends, so two reports being
 * finalised at once get consecutive numbers, and a number is only used up when finalising commits.
 */
@ApplicationScoped
class NumberRegister {

  private final EntityManager em;

  NumberRegister(EntityManager em) {
    this.em = em;
  }

  int next(long issuerId, int year) {
    em.createNativeQuery(
            "insert into number_register (issuer_id, issue_year, last_number) values (?1, ?2, 1)"
                + " on duplicate key update last_number = last_number + 1")
        .setParameter(1, issuerId)
        .setParameter(2, year)
        .executeUpdate();
    Number last =
        (Number)
            em.createNativeQuery(
                    "select last_number from number_register where issuer_id = ?1 and issue_year = ?2")
                .setParameter(1, issuerId)
                .setParameter(2, year)
                .getSingleResult();
    return last.intValue();
  }
}
