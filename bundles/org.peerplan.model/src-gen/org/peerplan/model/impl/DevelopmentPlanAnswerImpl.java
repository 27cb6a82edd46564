/**
 */
package org.peerplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.peerplan.model.DevelopmentPlanAnswer;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.WorkPlanNeed;
import org.peerplan.model.YesNo;

import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Development Plan Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.DevelopmentPlanAnswerImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.peerplan.model.impl.DevelopmentPlanAnswerImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.peerplan.model.impl.DevelopmentPlanAnswerImpl#getAddressedBy <em>Addressed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DevelopmentPlanAnswerImpl extends MinimalEObjectImpl.Container implements DevelopmentPlanAnswer {
	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected ChecklistItemDef item;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final YesNo ANSWER_EDEFAULT = YesNo.UNANSWERED;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected YesNo answer = ANSWER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddressedBy() <em>Addressed By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkPlanNeed> addressedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DevelopmentPlanAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.DEVELOPMENT_PLAN_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistItemDef getItem() {
		if (item != null && item.eIsProxy()) {
			InternalEObject oldItem = (InternalEObject)item;
			item = (ChecklistItemDef)eResolveProxy(oldItem);
			if (item != oldItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ITEM, oldItem, item));
			}
		}
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChecklistItemDef basicGetItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(ChecklistItemDef newItem) {
		ChecklistItemDef oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNo getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(YesNo newAnswer) {
		YesNo oldAnswer = answer;
		answer = newAnswer == null ? ANSWER_EDEFAULT : newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkPlanNeed> getAddressedBy() {
		if (addressedBy == null) {
			addressedBy = new EObjectResolvingEList<WorkPlanNeed>(WorkPlanNeed.class, this, PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ADDRESSED_BY);
		}
		return addressedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ITEM:
				if (resolve) return getItem();
				return basicGetItem();
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ANSWER:
				return getAnswer();
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ADDRESSED_BY:
				return getAddressedBy();
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
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ITEM:
				setItem((ChecklistItemDef)newValue);
				return;
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ANSWER:
				setAnswer((YesNo)newValue);
				return;
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ADDRESSED_BY:
				getAddressedBy().clear();
				getAddressedBy().addAll((Collection<? extends WorkPlanNeed>)newValue);
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
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ITEM:
				setItem((ChecklistItemDef)null);
				return;
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ADDRESSED_BY:
				getAddressedBy().clear();
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
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ITEM:
				return item != null;
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ANSWER:
				return answer != ANSWER_EDEFAULT;
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER__ADDRESSED_BY:
				return addressedBy != null && !addressedBy.isEmpty();
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
		result.append(" (answer: ");
		result.append(answer);
		result.append(')');
		return result.toString();
	}

} //DevelopmentPlanAnswerImpl
