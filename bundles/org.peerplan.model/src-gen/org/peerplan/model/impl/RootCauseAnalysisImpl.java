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

import org.peerplan.model.Cause;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.RootCauseAnalysis;

import org.peerplan.model.catalog.CompetencyDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Root Cause Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.RootCauseAnalysisImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RootCauseAnalysisImpl#getChallenge <em>Challenge</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RootCauseAnalysisImpl#getCurrentSituation <em>Current Situation</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RootCauseAnalysisImpl#getRelatedFindings <em>Related Findings</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RootCauseAnalysisImpl#getRelatedCompetency <em>Related Competency</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RootCauseAnalysisImpl#getCauses <em>Causes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RootCauseAnalysisImpl extends MinimalEObjectImpl.Container implements RootCauseAnalysis {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChallenge() <em>Challenge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallenge()
	 * @generated
	 * @ordered
	 */
	protected static final String CHALLENGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChallenge() <em>Challenge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallenge()
	 * @generated
	 * @ordered
	 */
	protected String challenge = CHALLENGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrentSituation() <em>Current Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentSituation()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENT_SITUATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentSituation() <em>Current Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentSituation()
	 * @generated
	 * @ordered
	 */
	protected String currentSituation = CURRENT_SITUATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRelatedFindings() <em>Related Findings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyFinding> relatedFindings;

	/**
	 * The cached value of the '{@link #getRelatedCompetency() <em>Related Competency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedCompetency()
	 * @generated
	 * @ordered
	 */
	protected CompetencyDef relatedCompetency;

	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Cause> causes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RootCauseAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.ROOT_CAUSE_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ROOT_CAUSE_ANALYSIS__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChallenge() {
		return challenge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChallenge(String newChallenge) {
		String oldChallenge = challenge;
		challenge = newChallenge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CHALLENGE, oldChallenge, challenge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrentSituation() {
		return currentSituation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentSituation(String newCurrentSituation) {
		String oldCurrentSituation = currentSituation;
		currentSituation = newCurrentSituation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION, oldCurrentSituation, currentSituation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyFinding> getRelatedFindings() {
		if (relatedFindings == null) {
			relatedFindings = new EObjectResolvingEList<PolicyFinding>(PolicyFinding.class, this, PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_FINDINGS);
		}
		return relatedFindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetencyDef getRelatedCompetency() {
		if (relatedCompetency != null && relatedCompetency.eIsProxy()) {
			InternalEObject oldRelatedCompetency = (InternalEObject)relatedCompetency;
			relatedCompetency = (CompetencyDef)eResolveProxy(oldRelatedCompetency);
			if (relatedCompetency != oldRelatedCompetency) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY, oldRelatedCompetency, relatedCompetency));
			}
		}
		return relatedCompetency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CompetencyDef basicGetRelatedCompetency() {
		return relatedCompetency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelatedCompetency(CompetencyDef newRelatedCompetency) {
		CompetencyDef oldRelatedCompetency = relatedCompetency;
		relatedCompetency = newRelatedCompetency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY, oldRelatedCompetency, relatedCompetency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cause> getCauses() {
		if (causes == null) {
			causes = new EObjectContainmentEList<Cause>(Cause.class, this, PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CAUSES);
		}
		return causes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CAUSES:
				return ((InternalEList<?>)getCauses()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__TITLE:
				return getTitle();
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CHALLENGE:
				return getChallenge();
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION:
				return getCurrentSituation();
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_FINDINGS:
				return getRelatedFindings();
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY:
				if (resolve) return getRelatedCompetency();
				return basicGetRelatedCompetency();
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CAUSES:
				return getCauses();
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
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__TITLE:
				setTitle((String)newValue);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CHALLENGE:
				setChallenge((String)newValue);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION:
				setCurrentSituation((String)newValue);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_FINDINGS:
				getRelatedFindings().clear();
				getRelatedFindings().addAll((Collection<? extends PolicyFinding>)newValue);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY:
				setRelatedCompetency((CompetencyDef)newValue);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends Cause>)newValue);
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
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CHALLENGE:
				setChallenge(CHALLENGE_EDEFAULT);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION:
				setCurrentSituation(CURRENT_SITUATION_EDEFAULT);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_FINDINGS:
				getRelatedFindings().clear();
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY:
				setRelatedCompetency((CompetencyDef)null);
				return;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CAUSES:
				getCauses().clear();
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
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CHALLENGE:
				return CHALLENGE_EDEFAULT == null ? challenge != null : !CHALLENGE_EDEFAULT.equals(challenge);
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION:
				return CURRENT_SITUATION_EDEFAULT == null ? currentSituation != null : !CURRENT_SITUATION_EDEFAULT.equals(currentSituation);
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_FINDINGS:
				return relatedFindings != null && !relatedFindings.isEmpty();
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY:
				return relatedCompetency != null;
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS__CAUSES:
				return causes != null && !causes.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", challenge: ");
		result.append(challenge);
		result.append(", currentSituation: ");
		result.append(currentSituation);
		result.append(')');
		return result.toString();
	}

} //RootCauseAnalysisImpl
