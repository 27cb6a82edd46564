/**
 */
package org.peerplan.model.catalog.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.OnboardingPhase;
import org.peerplan.model.catalog.TaskTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.TaskTemplateImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.TaskTemplateImpl#getTypicalDays <em>Typical Days</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.TaskTemplateImpl#isMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.TaskTemplateImpl#getDeliverable <em>Deliverable</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.TaskTemplateImpl#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.TaskTemplateImpl#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.TaskTemplateImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskTemplateImpl extends CatalogItemImpl implements TaskTemplate {
	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final OnboardingPhase PHASE_EDEFAULT = OnboardingPhase.NONE;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected OnboardingPhase phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTypicalDays() <em>Typical Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypicalDays()
	 * @generated
	 * @ordered
	 */
	protected static final int TYPICAL_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTypicalDays() <em>Typical Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypicalDays()
	 * @generated
	 * @ordered
	 */
	protected int typicalDays = TYPICAL_DAYS_EDEFAULT;

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
	 * The default value of the '{@link #isOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOptional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OPTIONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOptional()
	 * @generated
	 * @ordered
	 */
	protected boolean optional = OPTIONAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependsOn()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskTemplate> dependsOn;

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
	protected TaskTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.TASK_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OnboardingPhase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(OnboardingPhase newPhase) {
		OnboardingPhase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TASK_TEMPLATE__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTypicalDays() {
		return typicalDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypicalDays(int newTypicalDays) {
		int oldTypicalDays = typicalDays;
		typicalDays = newTypicalDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TASK_TEMPLATE__TYPICAL_DAYS, oldTypicalDays, typicalDays));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TASK_TEMPLATE__MILESTONE, oldMilestone, milestone));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TASK_TEMPLATE__DELIVERABLE, oldDeliverable, deliverable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOptional() {
		return optional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptional(boolean newOptional) {
		boolean oldOptional = optional;
		optional = newOptional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TASK_TEMPLATE__OPTIONAL, oldOptional, optional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskTemplate> getDependsOn() {
		if (dependsOn == null) {
			dependsOn = new EObjectResolvingEList<TaskTemplate>(TaskTemplate.class, this, CatalogPackage.TASK_TEMPLATE__DEPENDS_ON);
		}
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistItemDef> getCovers() {
		if (covers == null) {
			covers = new EObjectResolvingEList<ChecklistItemDef>(ChecklistItemDef.class, this, CatalogPackage.TASK_TEMPLATE__COVERS);
		}
		return covers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.TASK_TEMPLATE__PHASE:
				return getPhase();
			case CatalogPackage.TASK_TEMPLATE__TYPICAL_DAYS:
				return getTypicalDays();
			case CatalogPackage.TASK_TEMPLATE__MILESTONE:
				return isMilestone();
			case CatalogPackage.TASK_TEMPLATE__DELIVERABLE:
				return getDeliverable();
			case CatalogPackage.TASK_TEMPLATE__OPTIONAL:
				return isOptional();
			case CatalogPackage.TASK_TEMPLATE__DEPENDS_ON:
				return getDependsOn();
			case CatalogPackage.TASK_TEMPLATE__COVERS:
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
			case CatalogPackage.TASK_TEMPLATE__PHASE:
				setPhase((OnboardingPhase)newValue);
				return;
			case CatalogPackage.TASK_TEMPLATE__TYPICAL_DAYS:
				setTypicalDays((Integer)newValue);
				return;
			case CatalogPackage.TASK_TEMPLATE__MILESTONE:
				setMilestone((Boolean)newValue);
				return;
			case CatalogPackage.TASK_TEMPLATE__DELIVERABLE:
				setDeliverable((String)newValue);
				return;
			case CatalogPackage.TASK_TEMPLATE__OPTIONAL:
				setOptional((Boolean)newValue);
				return;
			case CatalogPackage.TASK_TEMPLATE__DEPENDS_ON:
				getDependsOn().clear();
				getDependsOn().addAll((Collection<? extends TaskTemplate>)newValue);
				return;
			case CatalogPackage.TASK_TEMPLATE__COVERS:
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
			case CatalogPackage.TASK_TEMPLATE__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case CatalogPackage.TASK_TEMPLATE__TYPICAL_DAYS:
				setTypicalDays(TYPICAL_DAYS_EDEFAULT);
				return;
			case CatalogPackage.TASK_TEMPLATE__MILESTONE:
				setMilestone(MILESTONE_EDEFAULT);
				return;
			case CatalogPackage.TASK_TEMPLATE__DELIVERABLE:
				setDeliverable(DELIVERABLE_EDEFAULT);
				return;
			case CatalogPackage.TASK_TEMPLATE__OPTIONAL:
				setOptional(OPTIONAL_EDEFAULT);
				return;
			case CatalogPackage.TASK_TEMPLATE__DEPENDS_ON:
				getDependsOn().clear();
				return;
			case CatalogPackage.TASK_TEMPLATE__COVERS:
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
			case CatalogPackage.TASK_TEMPLATE__PHASE:
				return phase != PHASE_EDEFAULT;
			case CatalogPackage.TASK_TEMPLATE__TYPICAL_DAYS:
				return typicalDays != TYPICAL_DAYS_EDEFAULT;
			case CatalogPackage.TASK_TEMPLATE__MILESTONE:
				return milestone != MILESTONE_EDEFAULT;
			case CatalogPackage.TASK_TEMPLATE__DELIVERABLE:
				return DELIVERABLE_EDEFAULT == null ? deliverable != null : !DELIVERABLE_EDEFAULT.equals(deliverable);
			case CatalogPackage.TASK_TEMPLATE__OPTIONAL:
				return optional != OPTIONAL_EDEFAULT;
			case CatalogPackage.TASK_TEMPLATE__DEPENDS_ON:
				return dependsOn != null && !dependsOn.isEmpty();
			case CatalogPackage.TASK_TEMPLATE__COVERS:
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
		result.append(" (phase: ");
		result.append(phase);
		result.append(", typicalDays: ");
		result.append(typicalDays);
		result.append(", milestone: ");
		result.append(milestone);
		result.append(", deliverable: ");
		result.append(deliverable);
		result.append(", optional: ");
		result.append(optional);
		result.append(')');
		return result.toString();
	}

} //TaskTemplateImpl
