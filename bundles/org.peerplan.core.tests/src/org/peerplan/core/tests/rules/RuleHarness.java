package org.peerplan.core.tests.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.tests.Plans;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CatalogItem;

/**
 * What rule tests share: a fresh copy of the shipped example (it breaks only the documented rules), one rule run on
 * a plan, catalog lookups, and an editing domain to apply and undo quick fixes.
 */
public final class RuleHarness {

    /** The day the example plan was prepared on. */
    public static final LocalDate AS_OF = LocalDate.of(2027, 4, 30);

    private RuleHarness() {
    }

    public static ImplementationPlan example() {
        try {
            return new PlanStore().load(Plans.example());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Rule rule(String id) {
        return RuleRegistry.byId(id).orElseThrow(() -> new AssertionError("no rule " + id + " is registered"));
    }

    /** The findings of one rule on a plan. */
    public static List<Finding> findings(String ruleId, ImplementationPlan plan) {
        return new PlanChecker(List.of(rule(ruleId)), AS_OF).check(plan).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public static Catalog catalog(ImplementationPlan plan) {
        try {
            return ToolkitCatalog.in(plan.eResource().getResourceSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalog item with {@code code}, from the plan's own catalog so that identity comparisons hold. */
    public static <T extends CatalogItem> T item(ImplementationPlan plan, String code, Class<T> type) {
        for (var iterator = catalog(plan).eAllContents(); iterator.hasNext();) {
            if (iterator.next() instanceof CatalogItem item && code.equals(item.getCode())) {
                return type.cast(item);
            }
        }
        throw new AssertionError("no catalog item " + code);
    }

    /** An editing domain over the plan's resource set, whose command stack can undo what a fix did. */
    public static EditingDomain domain(ImplementationPlan plan) {
        ResourceSet resourceSet = plan.eResource().getResourceSet();
        return new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
                resourceSet);
    }

    public static void execute(EditingDomain domain, Command command) {
        if (!command.canExecute()) {
            throw new AssertionError("the fix cannot execute: " + command.getLabel());
        }
        domain.getCommandStack().execute(command);
    }
}
