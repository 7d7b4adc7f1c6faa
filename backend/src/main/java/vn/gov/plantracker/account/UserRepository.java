package vn.gov.plantracker.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.text.SearchText;

/** Queries on users. */
@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

  public User get(Long id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.user", id));
  }

  public Optional<User> findByUsername(String username) {
    return find("username", username).firstResultOptional();
  }

  /** The users with this e-mail address, compared without case. */
  public List<User> listByEmail(String email) {
    return list("lower(email) = ?1", email.toLowerCase(java.util.Locale.ROOT));
  }

  /** One page of users with their units, in two statements. */
  public List<User> search(AccountRole role, String query, PageRequest page) {
    List<Long> ids =
        find(where(role, query) + " order by username", params(role, query))
            .page(page.page(), page.size())
            .project(IdOnly.class)
            .stream()
            .map(IdOnly::id)
            .toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return list(
        "select distinct u from User u left join fetch u.units where u.id in ?1 order by"
            + " u.username",
        ids);
  }

  public long countSearch(AccountRole role, String query) {
    return count(where(role, query), params(role, query));
  }

  private static String where(AccountRole role, String query) {
    String where = "1 = 1";
    if (role != null) {
      where += " and role = :role";
    }
    if (query != null && !query.isBlank()) {
      where += " and searchText like :q";
    }
    return where;
  }

  private static Parameters params(AccountRole role, String query) {
    Parameters params = new Parameters();
    if (role != null) {
      params.and("role", role.name());
    }
    if (query != null && !query.isBlank()) {
      params.and("q", "%" + SearchText.fold(query) + "%");
    }
    return params;
  }

  /** Projection to page over ids before fetching units. */
  public record IdOnly(Long id) {}
}
