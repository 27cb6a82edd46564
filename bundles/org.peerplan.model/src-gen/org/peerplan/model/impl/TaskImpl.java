/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;

import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.Citation;
import org.peerplan.model.catalog.TaskTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#isMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getDeliverable <em>Deliverable</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TaskImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskImpl extends MinimalEObjectImpl.Container implements Task {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Person owner;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationDays() <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationDays() <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDays()
	 * @generated
	 * @ordered
	 */
	protected int durationDays = DURATION_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependsOn()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> dependsOn;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TaskStatus STATUS_EDEFAULT = TaskStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected TaskStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMilestone() <em>Milestone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMilestone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MILESTONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMilestone() <em>Milestone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMilestone()
	 * @generated
	 * @ordered
	 */
	protected boolean milestone = MILESTONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeliverable() <em>Deliverable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliverable()
	 * @generated
	 * @ordered
	 */
	protected static final String DELIVERABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeliverable() <em>Deliverable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliverable()
	 * @generated
	 * @ordered
	 */
	protected String deliverable = DELIVERABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGuidance() <em>Guidance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected Citation guidance;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected TaskTemplate template;

	/**
	 * The cached value of the '{@link #getCovers() <em>Covers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovers()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistItemDef> covers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Person)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.TASK__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Person newOwner) {
		Person oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationDays() {
		return durationDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationDays(int newDurationDays) {
		int oldDurationDays = durationDays;
		durationDays = newDurationDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__DURATION_DAYS, oldDurationDays, durationDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getDependsOn() {
		if (dependsOn == null) {
			dependsOn = new EObjectResolvingEList<Task>(Task.class, this, PeerPlanPackage.TASK__DEPENDS_ON);
		}
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TaskStatus newStatus) {
		TaskStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMilestone() {
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMilestone(boolean newMilestone) {
		boolean oldMilestone = milestone;
		milestone = newMilestone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__MILESTONE, oldMilestone, milestone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeliverable() {
		return deliverable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliverable(String newDeliverable) {
		String oldDeliverable = deliverable;
		deliverable = newDeliverable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__DELIVERABLE, oldDeliverable, deliverable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Citation getGuidance() {
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGuidance(Citation newGuidance, NotificationChain msgs) {
		Citation oldGuidance = guidance;
		guidance = newGuidance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__GUIDANCE, oldGuidance, newGuidance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidance(Citation newGuidance) {
		if (newGuidance != guidance) {
			NotificationChain msgs = null;
			if (guidance != null)
				msgs = ((InternalEObject)guidance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.TASK__GUIDANCE, null, msgs);
			if (newGuidance != null)
				msgs = ((InternalEObject)newGuidance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.TASK__GUIDANCE, null, msgs);
			msgs = basicSetGuidance(newGuidance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__GUIDANCE, newGuidance, newGuidance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskTemplate getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (TaskTemplate)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.TASK__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskTemplate basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(TaskTemplate newTemplate) {
		TaskTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TASK__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistItemDef> getCovers() {
		if (covers == null) {
			covers = new EObjectResolvingEList<ChecklistItemDef>(ChecklistItemDef.class, this, PeerPlanPackage.TASK__COVERS);
		}
		return covers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.TASK__GUIDANCE:
				return basicSetGuidance(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.TASK__NAME:
				return getName();
			case PeerPlanPackage.TASK__DESCRIPTION:
				return getDescription();
			case PeerPlanPackage.TASK__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case PeerPlanPackage.TASK__START:
				return getStart();
			case PeerPlanPackage.TASK__DURATION_DAYS:
				return getDurationDays();
			case PeerPlanPackage.TASK__DEPENDS_ON:
				return getDependsOn();
			case PeerPlanPackage.TASK__STATUS:
				return getStatus();
			case PeerPlanPackage.TASK__MILESTONE:
				return isMilestone();
			case PeerPlanPackage.TASK__DELIVERABLE:
				return getDeliverable();
			case PeerPlanPackage.TASK__GUIDANCE:
				return getGuidance();
			case PeerPlanPackage.TASK__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
			case PeerPlanPackage.TASK__COVERS:
				return getCovers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PeerPlanPackage.TASK__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.TASK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PeerPlanPackage.TASK__OWNER:
				setOwner((Person)newValue);
				return;
			case PeerPlanPackage.TASK__START:
				setStart((LocalDate)newValue);
				return;
			case PeerPlanPackage.TASK__DURATION_DAYS:
				setDurationDays((Integer)newValue);
				return;
			case PeerPlanPackage.TASK__DEPENDS_ON:
				getDependsOn().clear();
				getDependsOn().addAll((Collection<? extends Task>)newValue);
				return;
			case PeerPlanPackage.TASK__STATUS:
				setStatus((TaskStatus)newValue);
				return;
			case PeerPlanPackage.TASK__MILESTONE:
				setMilestone((Boolean)newValue);
				return;
			case PeerPlanPackage.TASK__DELIVERABLE:
				setDeliverable((String)newValue);
				return;
			case PeerPlanPackage.TASK__GUIDANCE:
				setGuidance((Citation)newValue);
				return;
			case PeerPlanPackage.TASK__TEMPLATE:
				setTemplate((TaskTemplate)newValue);
				return;
			case PeerPlanPackage.TASK__COVERS:
				getCovers().clear();
				getCovers().addAll((Collection<? extends ChecklistItemDef>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PeerPlanPackage.TASK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.TASK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PeerPlanPackage.TASK__OWNER:
				setOwner((Person)null);
				return;
			case PeerPlanPackage.TASK__START:
				setStart(START_EDEFAULT);
				return;
			case PeerPlanPackage.TASK__DURATION_DAYS:
				setDurationDays(DURATION_DAYS_EDEFAULT);
				return;
			case PeerPlanPackage.TASK__DEPENDS_ON:
				getDependsOn().clear();
				return;
			case PeerPlanPackage.TASK__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PeerPlanPackage.TASK__MILESTONE:
				setMilestone(MILESTONE_EDEFAULT);
				return;
			case PeerPlanPackage.TASK__DELIVERABLE:
				setDeliverable(DELIVERABLE_EDEFAULT);
				return;
			case PeerPlanPackage.TASK__GUIDANCE:
				setGuidance((Citation)null);
				return;
			case PeerPlanPackage.TASK__TEMPLATE:
				setTemplate((TaskTemplate)null);
				return;
			case PeerPlanPackage.TASK__COVERS:
				getCovers().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PeerPlanPackage.TASK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.TASK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PeerPlanPackage.TASK__OWNER:
				return owner != null;
			case PeerPlanPackage.TASK__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case PeerPlanPackage.TASK__DURATION_DAYS:
				return durationDays != DURATION_DAYS_EDEFAULT;
			case PeerPlanPackage.TASK__DEPENDS_ON:
				return dependsOn != null && !dependsOn.isEmpty();
			case PeerPlanPackage.TASK__STATUS:
				return status != STATUS_EDEFAULT;
			case PeerPlanPackage.TASK__MILESTONE:
				return milestone != MILESTONE_EDEFAULT;
			case PeerPlanPackage.TASK__DELIVERABLE:
				return DELIVERABLE_EDEFAULT == null ? deliverable != null : !DELIVERABLE_EDEFAULT.equals(deliverable);
			case PeerPlanPackage.TASK__GUIDANCE:
				return guidance != null;
			case PeerPlanPackage.TASK__TEMPLATE:
				return template != null;
			case PeerPlanPackage.TASK__COVERS:
				return covers != null && !covers.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", start: ");
		result.append(start);
		result.append(", durationDays: ");
		result.append(durationDays);
		result.append(", status: ");
		result.append(status);
		result.append(", milestone: ");
		result.append(milestone);
		result.append(", deliverable: ");
		result.append(deliverable);
		result.append(')');
		return result.toString();
	}

} //TaskImpl
