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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.JobDescription;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Qualification;
import org.peerplan.model.Responsibility;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Job Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#getReportingRelationships <em>Reporting Relationships</em>}</li>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#getSupervisorTitle <em>Supervisor Title</em>}</li>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#getResponsibilities <em>Responsibilities</em>}</li>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#getQualifications <em>Qualifications</em>}</li>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#getEmploymentConditions <em>Employment Conditions</em>}</li>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#getPayRange <em>Pay Range</em>}</li>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#isReviewedByPeerExperienced <em>Reviewed By Peer Experienced</em>}</li>
 *   <li>{@link org.peerplan.model.impl.JobDescriptionImpl#getApprovedOn <em>Approved On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JobDescriptionImpl extends MinimalEObjectImpl.Container implements JobDescription {
	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected String function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportingRelationships() <em>Reporting Relationships</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingRelationships()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTING_RELATIONSHIPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportingRelationships() <em>Reporting Relationships</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingRelationships()
	 * @generated
	 * @ordered
	 */
	protected String reportingRelationships = REPORTING_RELATIONSHIPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupervisorTitle() <em>Supervisor Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisorTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERVISOR_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupervisorTitle() <em>Supervisor Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisorTitle()
	 * @generated
	 * @ordered
	 */
	protected String supervisorTitle = SUPERVISOR_TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsibilities() <em>Responsibilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibilities()
	 * @generated
	 * @ordered
	 */
	protected EList<Responsibility> responsibilities;

	/**
	 * The cached value of the '{@link #getQualifications() <em>Qualifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifications()
	 * @generated
	 * @ordered
	 */
	protected EList<Qualification> qualifications;

	/**
	 * The default value of the '{@link #getEmploymentConditions() <em>Employment Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmploymentConditions()
	 * @generated
	 * @ordered
	 */
	protected static final String EMPLOYMENT_CONDITIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmploymentConditions() <em>Employment Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmploymentConditions()
	 * @generated
	 * @ordered
	 */
	protected String employmentConditions = EMPLOYMENT_CONDITIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPayRange() <em>Pay Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayRange()
	 * @generated
	 * @ordered
	 */
	protected static final String PAY_RANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPayRange() <em>Pay Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayRange()
	 * @generated
	 * @ordered
	 */
	protected String payRange = PAY_RANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isReviewedByPeerExperienced() <em>Reviewed By Peer Experienced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReviewedByPeerExperienced()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVIEWED_BY_PEER_EXPERIENCED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReviewedByPeerExperienced() <em>Reviewed By Peer Experienced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReviewedByPeerExperienced()
	 * @generated
	 * @ordered
	 */
	protected boolean reviewedByPeerExperienced = REVIEWED_BY_PEER_EXPERIENCED_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPROVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate approvedOn = APPROVED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JobDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.JOB_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(String newFunction) {
		String oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.JOB_DESCRIPTION__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportingRelationships() {
		return reportingRelationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportingRelationships(String newReportingRelationships) {
		String oldReportingRelationships = reportingRelationships;
		reportingRelationships = newReportingRelationships;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.JOB_DESCRIPTION__REPORTING_RELATIONSHIPS, oldReportingRelationships, reportingRelationships));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupervisorTitle() {
		return supervisorTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisorTitle(String newSupervisorTitle) {
		String oldSupervisorTitle = supervisorTitle;
		supervisorTitle = newSupervisorTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.JOB_DESCRIPTION__SUPERVISOR_TITLE, oldSupervisorTitle, supervisorTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Responsibility> getResponsibilities() {
		if (responsibilities == null) {
			responsibilities = new EObjectContainmentEList<Responsibility>(Responsibility.class, this, PeerPlanPackage.JOB_DESCRIPTION__RESPONSIBILITIES);
		}
		return responsibilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Qualification> getQualifications() {
		if (qualifications == null) {
			qualifications = new EObjectContainmentEList<Qualification>(Qualification.class, this, PeerPlanPackage.JOB_DESCRIPTION__QUALIFICATIONS);
		}
		return qualifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmploymentConditions() {
		return employmentConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmploymentConditions(String newEmploymentConditions) {
		String oldEmploymentConditions = employmentConditions;
		employmentConditions = newEmploymentConditions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.JOB_DESCRIPTION__EMPLOYMENT_CONDITIONS, oldEmploymentConditions, employmentConditions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPayRange() {
		return payRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayRange(String newPayRange) {
		String oldPayRange = payRange;
		payRange = newPayRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.JOB_DESCRIPTION__PAY_RANGE, oldPayRange, payRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReviewedByPeerExperienced() {
		return reviewedByPeerExperienced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedByPeerExperienced(boolean newReviewedByPeerExperienced) {
		boolean oldReviewedByPeerExperienced = reviewedByPeerExperienced;
		reviewedByPeerExperienced = newReviewedByPeerExperienced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED, oldReviewedByPeerExperienced, reviewedByPeerExperienced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedOn(LocalDate newApprovedOn) {
		LocalDate oldApprovedOn = approvedOn;
		approvedOn = newApprovedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.JOB_DESCRIPTION__APPROVED_ON, oldApprovedOn, approvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.JOB_DESCRIPTION__RESPONSIBILITIES:
				return ((InternalEList<?>)getResponsibilities()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.JOB_DESCRIPTION__QUALIFICATIONS:
				return ((InternalEList<?>)getQualifications()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.JOB_DESCRIPTION__FUNCTION:
				return getFunction();
			case PeerPlanPackage.JOB_DESCRIPTION__REPORTING_RELATIONSHIPS:
				return getReportingRelationships();
			case PeerPlanPackage.JOB_DESCRIPTION__SUPERVISOR_TITLE:
				return getSupervisorTitle();
			case PeerPlanPackage.JOB_DESCRIPTION__RESPONSIBILITIES:
				return getResponsibilities();
			case PeerPlanPackage.JOB_DESCRIPTION__QUALIFICATIONS:
				return getQualifications();
			case PeerPlanPackage.JOB_DESCRIPTION__EMPLOYMENT_CONDITIONS:
				return getEmploymentConditions();
			case PeerPlanPackage.JOB_DESCRIPTION__PAY_RANGE:
				return getPayRange();
			case PeerPlanPackage.JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED:
				return isReviewedByPeerExperienced();
			case PeerPlanPackage.JOB_DESCRIPTION__APPROVED_ON:
				return getApprovedOn();
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
			case PeerPlanPackage.JOB_DESCRIPTION__FUNCTION:
				setFunction((String)newValue);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__REPORTING_RELATIONSHIPS:
				setReportingRelationships((String)newValue);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__SUPERVISOR_TITLE:
				setSupervisorTitle((String)newValue);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__RESPONSIBILITIES:
				getResponsibilities().clear();
				getResponsibilities().addAll((Collection<? extends Responsibility>)newValue);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__QUALIFICATIONS:
				getQualifications().clear();
				getQualifications().addAll((Collection<? extends Qualification>)newValue);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__EMPLOYMENT_CONDITIONS:
				setEmploymentConditions((String)newValue);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__PAY_RANGE:
				setPayRange((String)newValue);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED:
				setReviewedByPeerExperienced((Boolean)newValue);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__APPROVED_ON:
				setApprovedOn((LocalDate)newValue);
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
			case PeerPlanPackage.JOB_DESCRIPTION__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__REPORTING_RELATIONSHIPS:
				setReportingRelationships(REPORTING_RELATIONSHIPS_EDEFAULT);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__SUPERVISOR_TITLE:
				setSupervisorTitle(SUPERVISOR_TITLE_EDEFAULT);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__RESPONSIBILITIES:
				getResponsibilities().clear();
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__QUALIFICATIONS:
				getQualifications().clear();
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__EMPLOYMENT_CONDITIONS:
				setEmploymentConditions(EMPLOYMENT_CONDITIONS_EDEFAULT);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__PAY_RANGE:
				setPayRange(PAY_RANGE_EDEFAULT);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED:
				setReviewedByPeerExperienced(REVIEWED_BY_PEER_EXPERIENCED_EDEFAULT);
				return;
			case PeerPlanPackage.JOB_DESCRIPTION__APPROVED_ON:
				setApprovedOn(APPROVED_ON_EDEFAULT);
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
			case PeerPlanPackage.JOB_DESCRIPTION__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case PeerPlanPackage.JOB_DESCRIPTION__REPORTING_RELATIONSHIPS:
				return REPORTING_RELATIONSHIPS_EDEFAULT == null ? reportingRelationships != null : !REPORTING_RELATIONSHIPS_EDEFAULT.equals(reportingRelationships);
			case PeerPlanPackage.JOB_DESCRIPTION__SUPERVISOR_TITLE:
				return SUPERVISOR_TITLE_EDEFAULT == null ? supervisorTitle != null : !SUPERVISOR_TITLE_EDEFAULT.equals(supervisorTitle);
			case PeerPlanPackage.JOB_DESCRIPTION__RESPONSIBILITIES:
				return responsibilities != null && !responsibilities.isEmpty();
			case PeerPlanPackage.JOB_DESCRIPTION__QUALIFICATIONS:
				return qualifications != null && !qualifications.isEmpty();
			case PeerPlanPackage.JOB_DESCRIPTION__EMPLOYMENT_CONDITIONS:
				return EMPLOYMENT_CONDITIONS_EDEFAULT == null ? employmentConditions != null : !EMPLOYMENT_CONDITIONS_EDEFAULT.equals(employmentConditions);
			case PeerPlanPackage.JOB_DESCRIPTION__PAY_RANGE:
				return PAY_RANGE_EDEFAULT == null ? payRange != null : !PAY_RANGE_EDEFAULT.equals(payRange);
			case PeerPlanPackage.JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED:
				return reviewedByPeerExperienced != REVIEWED_BY_PEER_EXPERIENCED_EDEFAULT;
			case PeerPlanPackage.JOB_DESCRIPTION__APPROVED_ON:
				return APPROVED_ON_EDEFAULT == null ? approvedOn != null : !APPROVED_ON_EDEFAULT.equals(approvedOn);
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
		result.append(" (function: ");
		result.append(function);
		result.append(", reportingRelationships: ");
		result.append(reportingRelationships);
		result.append(", supervisorTitle: ");
		result.append(supervisorTitle);
		result.append(", employmentConditions: ");
		result.append(employmentConditions);
		result.append(", payRange: ");
		result.append(payRange);
		result.append(", reviewedByPeerExperienced: ");
		result.append(reviewedByPeerExperienced);
		result.append(", approvedOn: ");
		result.append(approvedOn);
		result.append(')');
		return result.toString();
	}

} //JobDescriptionImpl
