/**
 */
package org.peerplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Respondent;
import org.peerplan.model.SurveyResponse;
import org.peerplan.model.TimelineBenchmark;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Readiness Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.ReadinessAssessmentImpl#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ReadinessAssessmentImpl#getMotivation <em>Motivation</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ReadinessAssessmentImpl#getSurveyResponses <em>Survey Responses</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ReadinessAssessmentImpl#getCompetencies <em>Competencies</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ReadinessAssessmentImpl#getBenchmarks <em>Benchmarks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReadinessAssessmentImpl extends MinimalEObjectImpl.Container implements ReadinessAssessment {
	/**
	 * The cached value of the '{@link #getRespondents() <em>Respondents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondents()
	 * @generated
	 * @ordered
	 */
	protected EList<Respondent> respondents;

	/**
	 * The cached value of the '{@link #getMotivation() <em>Motivation</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivation()
	 * @generated
	 * @ordered
	 */
	protected EList<MotivationAnswer> motivation;

	/**
	 * The cached value of the '{@link #getSurveyResponses() <em>Survey Responses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurveyResponses()
	 * @generated
	 * @ordered
	 */
	protected EList<SurveyResponse> surveyResponses;

	/**
	 * The cached value of the '{@link #getCompetencies() <em>Competencies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetencies()
	 * @generated
	 * @ordered
	 */
	protected EList<CompetencyAssessment> competencies;

	/**
	 * The cached value of the '{@link #getBenchmarks() <em>Benchmarks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenchmarks()
	 * @generated
	 * @ordered
	 */
	protected EList<TimelineBenchmark> benchmarks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReadinessAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.READINESS_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Respondent> getRespondents() {
		if (respondents == null) {
			respondents = new EObjectContainmentEList<Respondent>(Respondent.class, this, PeerPlanPackage.READINESS_ASSESSMENT__RESPONDENTS);
		}
		return respondents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MotivationAnswer> getMotivation() {
		if (motivation == null) {
			motivation = new EObjectContainmentEList<MotivationAnswer>(MotivationAnswer.class, this, PeerPlanPackage.READINESS_ASSESSMENT__MOTIVATION);
		}
		return motivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SurveyResponse> getSurveyResponses() {
		if (surveyResponses == null) {
			surveyResponses = new EObjectContainmentEList<SurveyResponse>(SurveyResponse.class, this, PeerPlanPackage.READINESS_ASSESSMENT__SURVEY_RESPONSES);
		}
		return surveyResponses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CompetencyAssessment> getCompetencies() {
		if (competencies == null) {
			competencies = new EObjectContainmentEList<CompetencyAssessment>(CompetencyAssessment.class, this, PeerPlanPackage.READINESS_ASSESSMENT__COMPETENCIES);
		}
		return competencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TimelineBenchmark> getBenchmarks() {
		if (benchmarks == null) {
			benchmarks = new EObjectContainmentEList<TimelineBenchmark>(TimelineBenchmark.class, this, PeerPlanPackage.READINESS_ASSESSMENT__BENCHMARKS);
		}
		return benchmarks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.READINESS_ASSESSMENT__RESPONDENTS:
				return ((InternalEList<?>)getRespondents()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.READINESS_ASSESSMENT__MOTIVATION:
				return ((InternalEList<?>)getMotivation()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.READINESS_ASSESSMENT__SURVEY_RESPONSES:
				return ((InternalEList<?>)getSurveyResponses()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.READINESS_ASSESSMENT__COMPETENCIES:
				return ((InternalEList<?>)getCompetencies()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.READINESS_ASSESSMENT__BENCHMARKS:
				return ((InternalEList<?>)getBenchmarks()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.READINESS_ASSESSMENT__RESPONDENTS:
				return getRespondents();
			case PeerPlanPackage.READINESS_ASSESSMENT__MOTIVATION:
				return getMotivation();
			case PeerPlanPackage.READINESS_ASSESSMENT__SURVEY_RESPONSES:
				return getSurveyResponses();
			case PeerPlanPackage.READINESS_ASSESSMENT__COMPETENCIES:
				return getCompetencies();
			case PeerPlanPackage.READINESS_ASSESSMENT__BENCHMARKS:
				return getBenchmarks();
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
			case PeerPlanPackage.READINESS_ASSESSMENT__RESPONDENTS:
				getRespondents().clear();
				getRespondents().addAll((Collection<? extends Respondent>)newValue);
				return;
			case PeerPlanPackage.READINESS_ASSESSMENT__MOTIVATION:
				getMotivation().clear();
				getMotivation().addAll((Collection<? extends MotivationAnswer>)newValue);
				return;
			case PeerPlanPackage.READINESS_ASSESSMENT__SURVEY_RESPONSES:
				getSurveyResponses().clear();
				getSurveyResponses().addAll((Collection<? extends SurveyResponse>)newValue);
				return;
			case PeerPlanPackage.READINESS_ASSESSMENT__COMPETENCIES:
				getCompetencies().clear();
				getCompetencies().addAll((Collection<? extends CompetencyAssessment>)newValue);
				return;
			case PeerPlanPackage.READINESS_ASSESSMENT__BENCHMARKS:
				getBenchmarks().clear();
				getBenchmarks().addAll((Collection<? extends TimelineBenchmark>)newValue);
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
			case PeerPlanPackage.READINESS_ASSESSMENT__RESPONDENTS:
				getRespondents().clear();
				return;
			case PeerPlanPackage.READINESS_ASSESSMENT__MOTIVATION:
				getMotivation().clear();
				return;
			case PeerPlanPackage.READINESS_ASSESSMENT__SURVEY_RESPONSES:
				getSurveyResponses().clear();
				return;
			case PeerPlanPackage.READINESS_ASSESSMENT__COMPETENCIES:
				getCompetencies().clear();
				return;
			case PeerPlanPackage.READINESS_ASSESSMENT__BENCHMARKS:
				getBenchmarks().clear();
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
			case PeerPlanPackage.READINESS_ASSESSMENT__RESPONDENTS:
				return respondents != null && !respondents.isEmpty();
			case PeerPlanPackage.READINESS_ASSESSMENT__MOTIVATION:
				return motivation != null && !motivation.isEmpty();
			case PeerPlanPackage.READINESS_ASSESSMENT__SURVEY_RESPONSES:
				return surveyResponses != null && !surveyResponses.isEmpty();
			case PeerPlanPackage.READINESS_ASSESSMENT__COMPETENCIES:
				return competencies != null && !competencies.isEmpty();
			case PeerPlanPackage.READINESS_ASSESSMENT__BENCHMARKS:
				return benchmarks != null && !benchmarks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ReadinessAssessmentImpl
