/**
 */
package org.peerplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.Cause;
import org.peerplan.model.Intervention;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.Why;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cause</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.CauseImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CauseImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CauseImpl#getWhys <em>Whys</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CauseImpl#getDetails <em>Details</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CauseImpl#getSubCauses <em>Sub Causes</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CauseImpl#getInterventions <em>Interventions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CauseImpl extends MinimalEObjectImpl.Container implements Cause {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final RootCauseCategory CATEGORY_EDEFAULT = RootCauseCategory.ENVIRONMENT;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected RootCauseCategory category = CATEGORY_EDEFAULT;

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
	 * The cached value of the '{@link #getWhys() <em>Whys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhys()
	 * @generated
	 * @ordered
	 */
	protected EList<Why> whys;

	/**
	 * The default value of the '{@link #getDetails() <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAILS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetails() <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected String details = DETAILS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubCauses() <em>Sub Causes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Cause> subCauses;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<Intervention> interventions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CauseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.CAUSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RootCauseCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(RootCauseCategory newCategory) {
		RootCauseCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.CAUSE__CATEGORY, oldCategory, category));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.CAUSE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Why> getWhys() {
		if (whys == null) {
			whys = new EObjectContainmentEList<Why>(Why.class, this, PeerPlanPackage.CAUSE__WHYS);
		}
		return whys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetails() {
		return details;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetails(String newDetails) {
		String oldDetails = details;
		details = newDetails;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.CAUSE__DETAILS, oldDetails, details));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cause> getSubCauses() {
		if (subCauses == null) {
			subCauses = new EObjectContainmentEList<Cause>(Cause.class, this, PeerPlanPackage.CAUSE__SUB_CAUSES);
		}
		return subCauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Intervention> getInterventions() {
		if (interventions == null) {
			interventions = new EObjectContainmentEList<Intervention>(Intervention.class, this, PeerPlanPackage.CAUSE__INTERVENTIONS);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.CAUSE__WHYS:
				return ((InternalEList<?>)getWhys()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.CAUSE__SUB_CAUSES:
				return ((InternalEList<?>)getSubCauses()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.CAUSE__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.CAUSE__CATEGORY:
				return getCategory();
			case PeerPlanPackage.CAUSE__DESCRIPTION:
				return getDescription();
			case PeerPlanPackage.CAUSE__WHYS:
				return getWhys();
			case PeerPlanPackage.CAUSE__DETAILS:
				return getDetails();
			case PeerPlanPackage.CAUSE__SUB_CAUSES:
				return getSubCauses();
			case PeerPlanPackage.CAUSE__INTERVENTIONS:
				return getInterventions();
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
			case PeerPlanPackage.CAUSE__CATEGORY:
				setCategory((RootCauseCategory)newValue);
				return;
			case PeerPlanPackage.CAUSE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PeerPlanPackage.CAUSE__WHYS:
				getWhys().clear();
				getWhys().addAll((Collection<? extends Why>)newValue);
				return;
			case PeerPlanPackage.CAUSE__DETAILS:
				setDetails((String)newValue);
				return;
			case PeerPlanPackage.CAUSE__SUB_CAUSES:
				getSubCauses().clear();
				getSubCauses().addAll((Collection<? extends Cause>)newValue);
				return;
			case PeerPlanPackage.CAUSE__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends Intervention>)newValue);
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
			case PeerPlanPackage.CAUSE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case PeerPlanPackage.CAUSE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PeerPlanPackage.CAUSE__WHYS:
				getWhys().clear();
				return;
			case PeerPlanPackage.CAUSE__DETAILS:
				setDetails(DETAILS_EDEFAULT);
				return;
			case PeerPlanPackage.CAUSE__SUB_CAUSES:
				getSubCauses().clear();
				return;
			case PeerPlanPackage.CAUSE__INTERVENTIONS:
				getInterventions().clear();
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
			case PeerPlanPackage.CAUSE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case PeerPlanPackage.CAUSE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PeerPlanPackage.CAUSE__WHYS:
				return whys != null && !whys.isEmpty();
			case PeerPlanPackage.CAUSE__DETAILS:
				return DETAILS_EDEFAULT == null ? details != null : !DETAILS_EDEFAULT.equals(details);
			case PeerPlanPackage.CAUSE__SUB_CAUSES:
				return subCauses != null && !subCauses.isEmpty();
			case PeerPlanPackage.CAUSE__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
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
		result.append(" (category: ");
		result.append(category);
		result.append(", description: ");
		result.append(description);
		result.append(", details: ");
		result.append(details);
		result.append(')');
		return result.toString();
	}

} //CauseImpl
