package vn.gov.plantracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hibernate.proxy.HibernateProxy;

/**
 * Flattens an audited entity as it was at a revision into field → text: plain values as text,
 * references as the referenced id, many-to-many sets as their sorted ids, embedded values as {@code
 * outer.inner}. Collections owned by the other side have their own history.
 */
@ApplicationScoped
class Snapshots {

  private final EntityManager entityManager;

  Snapshots(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  Map<String, String> of(Object entity) {
    Map<String, String> fields = new TreeMap<>();
    add(fields, "", entityManager.getMetamodel().managedType(entity.getClass()), entity);
    return fields;
  }

  private void add(Map<String, String> into, String prefix, ManagedType<?> type, Object value) {
    for (Attribute<?, ?> attribute : type.getAttributes()) {
      if (!(attribute.getJavaMember() instanceof Field field)
          || field.isAnnotationPresent(org.hibernate.envers.NotAudited.class)
          || field.isAnnotationPresent(jakarta.persistence.Id.class)
          || field.isAnnotationPresent(jakarta.persistence.Version.class)) {
        continue;
      }
      Object fieldValue = read(field, value);
      String name = prefix + attribute.getName();
      switch (attribute.getPersistentAttributeType()) {
        case EMBEDDED -> {
          if (fieldValue != null) {
            add(
                into,
                name + ".",
                (EmbeddableType<?>) entityManager.getMetamodel().embeddable(field.getType()),
                fieldValue);
          }
        }
        case MANY_TO_ONE, ONE_TO_ONE -> into.put(name, idOf(fieldValue));
        case MANY_TO_MANY ->
            into.put(
                name,
                fieldValue == null
                    ? null
                    : ((Collection<?>) fieldValue)
                        .stream().map(this::idOf).sorted().toList().toString());
        case BASIC -> into.put(name, fieldValue == null ? null : fieldValue.toString());
        default -> {
          // One-to-many sides and element collections are recorded with their own entities.
          assert attribute instanceof PluralAttribute<?, ?, ?>;
        }
      }
    }
  }

  private String idOf(Object entity) {
    if (entity == null) {
      return null;
    }
    Object id =
        entity instanceof HibernateProxy proxy
            ? proxy.getHibernateLazyInitializer().getInternalIdentifier()
            : entityManager
                .getEntityManagerFactory()
                .getPersistenceUnitUtil()
                .getIdentifier(entity);
    return Objects.toString(id, null);
  }

  private static Object read(Field field, Object owner) {
    try {
      field.setAccessible(true);
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + field, e);
    }
  }
}
