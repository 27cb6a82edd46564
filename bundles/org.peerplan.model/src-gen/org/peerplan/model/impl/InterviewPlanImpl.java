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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.InterviewPlan;
import org.peerplan.model.InterviewQuestion;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interview Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.InterviewPlanImpl#getPanel <em>Panel</em>}</li>
 *   <li>{@link org.peerplan.model.impl.InterviewPlanImpl#isPeersWroteQuestions <em>Peers Wrote Questions</em>}</li>
 *   <li>{@link org.peerplan.model.impl.InterviewPlanImpl#getQuestions <em>Questions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterviewPlanImpl extends MinimalEObjectImpl.Container implements InterviewPlan {
	/**
	 * The cached value of the '{@link #getPanel() <em>Panel</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPanel()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> panel;

	/**
	 * The default value of the '{@link #isPeersWroteQuestions() <em>Peers Wrote Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeersWroteQuestions()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PEERS_WROTE_QUESTIONS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPeersWroteQuestions() <em>Peers Wrote Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeersWroteQuestions()
	 * @generated
	 * @ordered
	 */
	protected boolean peersWroteQuestions = PEERS_WROTE_QUESTIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestions() <em>Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<InterviewQuestion> questions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterviewPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.INTERVIEW_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPanel() {
		if (panel == null) {
			panel = new EObjectResolvingEList<Person>(Person.class, this, PeerPlanPackage.INTERVIEW_PLAN__PANEL);
		}
		return panel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPeersWroteQuestions() {
		return peersWroteQuestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeersWroteQuestions(boolean newPeersWroteQuestions) {
		boolean oldPeersWroteQuestions = peersWroteQuestions;
		peersWroteQuestions = newPeersWroteQuestions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.INTERVIEW_PLAN__PEERS_WROTE_QUESTIONS, oldPeersWroteQuestions, peersWroteQuestions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterviewQuestion> getQuestions() {
		if (questions == null) {
			questions = new EObjectContainmentEList<InterviewQuestion>(InterviewQuestion.class, this, PeerPlanPackage.INTERVIEW_PLAN__QUESTIONS);
		}
		return questions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.INTERVIEW_PLAN__QUESTIONS:
				return ((InternalEList<?>)getQuestions()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.INTERVIEW_PLAN__PANEL:
				return getPanel();
			case PeerPlanPackage.INTERVIEW_PLAN__PEERS_WROTE_QUESTIONS:
				return isPeersWroteQuestions();
			case PeerPlanPackage.INTERVIEW_PLAN__QUESTIONS:
				return getQuestions();
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
			case PeerPlanPackage.INTERVIEW_PLAN__PANEL:
				getPanel().clear();
				getPanel().addAll((Collection<? extends Person>)newValue);
				return;
			case PeerPlanPackage.INTERVIEW_PLAN__PEERS_WROTE_QUESTIONS:
				setPeersWroteQuestions((Boolean)newValue);
				return;
			case PeerPlanPackage.INTERVIEW_PLAN__QUESTIONS:
				getQuestions().clear();
				getQuestions().addAll((Collection<? extends InterviewQuestion>)newValue);
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
			case PeerPlanPackage.INTERVIEW_PLAN__PANEL:
				getPanel().clear();
				return;
			case PeerPlanPackage.INTERVIEW_PLAN__PEERS_WROTE_QUESTIONS:
				setPeersWroteQuestions(PEERS_WROTE_QUESTIONS_EDEFAULT);
				return;
			case PeerPlanPackage.INTERVIEW_PLAN__QUESTIONS:
				getQuestions().clear();
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
			case PeerPlanPackage.INTERVIEW_PLAN__PANEL:
				return panel != null && !panel.isEmpty();
			case PeerPlanPackage.INTERVIEW_PLAN__PEERS_WROTE_QUESTIONS:
				return peersWroteQuestions != PEERS_WROTE_QUESTIONS_EDEFAULT;
			case PeerPlanPackage.INTERVIEW_PLAN__QUESTIONS:
				return questions != null && !questions.isEmpty();
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
		result.append(" (peersWroteQuestions: ");
		result.append(peersWroteQuestions);
		result.append(')');
		return result.toString();
	}

} //InterviewPlanImpl
