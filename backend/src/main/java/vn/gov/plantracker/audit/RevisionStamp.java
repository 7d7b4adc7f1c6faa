package vn.gov.plantracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import org.hibernate.envers.RevisionListener;
import vn.gov.plantracker.auth.CurrentActor;

/** Stamps each revision with the request's actor and address; without a request, the system. */
public class RevisionStamp implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    Revision revision = (Revision) revisionEntity;
    ManagedContext requests = Arc.container().requestContext();
    if (!requests.isActive()) {
      return;
    }
    CurrentActor current = Arc.container().instance(CurrentActor.class).get();
    current
        .find()
        .ifPresent(
            actor -> {
              revision.userId = actor.userId();
              revision.username = actor.username();
              revision.via = actor.via().name();
            });
    revision.ip = current.client().ip();
  }
}
