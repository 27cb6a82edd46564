package org.peerplan.model.provider.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.Respondent;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.provider.PeerPlanEditPlugin;
import org.peerplan.model.provider.spec.PlanItemProviderAdapterFactory;

/** The generated item providers, decorated: what the explorer, the Properties view and Undo show of the example. */
class PlanItemProvidersTest {

    /** A raw enumeration literal such as PEER_RECOVERY_COACH. */
    private static final Pattern LITERAL = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

    private PlanItemProviderAdapterFactory factory;

    private AdapterFactoryEditingDomain domain;

    private ImplementationPlan plan;

    @BeforeEach
    void load() throws Exception {
        factory = new PlanItemProviderAdapterFactory();
        domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), PlanStore.newResourceSet());
        Path example = Path.of(System.getProperty("peerplan.home", "../..")).resolve("examples/riverbend.peerplan");
        plan = new PlanStore().load(example, domain.getResourceSet());
    }

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private String text(Object element) {
        return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getText(element);
    }

    @Test
    void noLabelOfTheExampleCarriesATypePrefixOrARawLiteral() {
        List<String> wrong = new ArrayList<>();
        plan.eAllContents().forEachRemaining(element -> {
            String ours = text(element);
            String type = PeerPlanEditPlugin.INSTANCE.getString("_UI_" + element.eClass().getName() + "_type");
            if (ours.isBlank() || LITERAL.matcher(ours).find() || ours.startsWith(type + " ")) {
                wrong.add(element.eClass().getName() + ": " + ours);
            }
        });
        assertTrue(wrong.isEmpty(), wrong.size() + " labels: " + wrong.subList(0, Math.min(10, wrong.size())));
    }

    @Test
    void aQuizAnswerShowsItsStatementRespondentAndAnswer() {
        Respondent respondent = plan.getReadiness().getRespondents().get(0);
        QuizAnswer answer = respondent.getAnswers().get(0);
        String label = text(answer);
        assertTrue(label.startsWith(answer.getItem().getText().substring(0, 20)), label);
        assertTrue(label.contains("(" + respondent.getPerson().getName() + ")"), label);
        assertTrue(label.endsWith(": True") || label.endsWith(": False") || label.endsWith(": Not answered"), label);
    }

    @Test
    void theTreeFollowsTheGeneratedProviders() {
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(plan, ITreeItemContentProvider.class);
        List<String> children = tree.getChildren(plan).stream().map(this::text).toList();
        assertTrue(children.contains(plan.getAgency().getName()), children.toString());
        assertTrue(children.contains("Timeline"), children.toString());
    }

    @Test
    void propertiesAreNamedAndValuedInTheConsultantsWords() {
        Task task = plan.getTimeline().getStages().get(0).getTasks().get(0);
        IItemPropertySource source = (IItemPropertySource) factory.adapt(task, IItemPropertySource.class);
        List<String> names = source.getPropertyDescriptors(task).stream().map(d -> d.getDisplayName(task)).toList();
        assertTrue(names.contains("Duration (working days)") && names.contains("Depends on"), names.toString());
        IItemPropertyDescriptor status = source.getPropertyDescriptor(task, Literals.TASK__STATUS);
        assertNotNull(status);
        String shown = status.getLabelProvider(task).getText(status.getPropertyValue(task));
        assertFalse(LITERAL.matcher(shown).find(), shown);
        assertEquals(task.getStatus(), status.getPropertyValue(task));
        IItemPropertyDescriptor owner = source.getPropertyDescriptor(task, Literals.TASK__OWNER);
        if (task.getOwner() != null) {
            assertEquals(task.getOwner().getName(), owner.getLabelProvider(task).getText(task.getOwner()));
        }
    }

    @Test
    void commandsAreNamedForWhatTheyChangeAndUndoAsOne() {
        Task task = plan.getTimeline().getStages().get(0).getTasks().get(0);
        int before = task.getDurationDays();
        Command set = SetCommand.create(domain, task, Literals.TASK__DURATION_DAYS, before + 5);
        assertEquals("Set Duration (working days)", set.getLabel());
        domain.getCommandStack().execute(set);
        assertEquals(before + 5, task.getDurationDays());
        assertEquals("Set Duration (working days)", domain.getCommandStack().getUndoCommand().getLabel());
        domain.getCommandStack().undo();
        assertEquals(before, task.getDurationDays());

        Stage stage = plan.getTimeline().getStages().get(0);
        Command add = CreateChildCommand.create(domain, stage,
                new org.eclipse.emf.edit.command.CommandParameter(stage, Literals.STAGE__TASKS,
                        PeerPlanFactory.eINSTANCE.createTask()), List.of(stage));
        assertEquals("Add task", add.getLabel());
        assertEquals("Clear Owner", SetCommand.create(domain, task, Literals.TASK__OWNER, null).getLabel());
    }

    @Test
    void eachChangeIsReportedOnceToListenersOfTheFactory() {
        List<Object> notified = new ArrayList<>();
        INotifyChangedListener listener = notification -> notified.add(notification.getNotifier());
        factory.addListener(listener);
        Task task = plan.getTimeline().getStages().get(0).getTasks().get(0);
        factory.adapt(task, IItemLabelProvider.class);
        domain.getCommandStack().execute(SetCommand.create(domain, task, Literals.TASK__NAME, "Renamed"));
        factory.removeListener(listener);
        assertEquals(List.of((EObject) task), notified);
    }
}
