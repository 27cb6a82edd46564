/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.JobDescription#getFunction <em>Function</em>}</li>
 *   <li>{@link org.peerplan.model.JobDescription#getReportingRelationships <em>Reporting Relationships</em>}</li>
 *   <li>{@link org.peerplan.model.JobDescription#getSupervisorTitle <em>Supervisor Title</em>}</li>
 *   <li>{@link org.peerplan.model.JobDescription#getResponsibilities <em>Responsibilities</em>}</li>
 *   <li>{@link org.peerplan.model.JobDescription#getQualifications <em>Qualifications</em>}</li>
 *   <li>{@link org.peerplan.model.JobDescription#getEmploymentConditions <em>Employment Conditions</em>}</li>
 *   <li>{@link org.peerplan.model.JobDescription#getPayRange <em>Pay Range</em>}</li>
 *   <li>{@link org.peerplan.model.JobDescription#isReviewedByPeerExperienced <em>Reviewed By Peer Experienced</em>}</li>
 *   <li>{@link org.peerplan.model.JobDescription#getApprovedOn <em>Approved On</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getJobDescription()
 * @model
 * @generated
 */
public interface JobDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.peerplan.model.JobDescription#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Reporting Relationships</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Relationships</em>' attribute.
	 * @see #setReportingRelationships(String)
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_ReportingRelationships()
	 * @model
	 * @generated
	 */
	String getReportingRelationships();

	/**
	 * Sets the value of the '{@link org.peerplan.model.JobDescription#getReportingRelationships <em>Reporting Relationships</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reporting Relationships</em>' attribute.
	 * @see #getReportingRelationships()
	 * @generated
	 */
	void setReportingRelationships(String value);

	/**
	 * Returns the value of the '<em><b>Supervisor Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisor Title</em>' attribute.
	 * @see #setSupervisorTitle(String)
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_SupervisorTitle()
	 * @model
	 * @generated
	 */
	String getSupervisorTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.JobDescription#getSupervisorTitle <em>Supervisor Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor Title</em>' attribute.
	 * @see #getSupervisorTitle()
	 * @generated
	 */
	void setSupervisorTitle(String value);

	/**
	 * Returns the value of the '<em><b>Responsibilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Responsibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsibilities</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_Responsibilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Responsibility> getResponsibilities();

	/**
	 * Returns the value of the '<em><b>Qualifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Qualification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qualifications</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_Qualifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Qualification> getQualifications();

	/**
	 * Returns the value of the '<em><b>Employment Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employment Conditions</em>' attribute.
	 * @see #setEmploymentConditions(String)
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_EmploymentConditions()
	 * @model
	 * @generated
	 */
	String getEmploymentConditions();

	/**
	 * Sets the value of the '{@link org.peerplan.model.JobDescription#getEmploymentConditions <em>Employment Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employment Conditions</em>' attribute.
	 * @see #getEmploymentConditions()
	 * @generated
	 */
	void setEmploymentConditions(String value);

	/**
	 * Returns the value of the '<em><b>Pay Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pay Range</em>' attribute.
	 * @see #setPayRange(String)
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_PayRange()
	 * @model
	 * @generated
	 */
	String getPayRange();

	/**
	 * Sets the value of the '{@link org.peerplan.model.JobDescription#getPayRange <em>Pay Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pay Range</em>' attribute.
	 * @see #getPayRange()
	 * @generated
	 */
	void setPayRange(String value);

	/**
	 * Returns the value of the '<em><b>Reviewed By Peer Experienced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewed By Peer Experienced</em>' attribute.
	 * @see #setReviewedByPeerExperienced(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_ReviewedByPeerExperienced()
	 * @model
	 * @generated
	 */
	boolean isReviewedByPeerExperienced();

	/**
	 * Sets the value of the '{@link org.peerplan.model.JobDescription#isReviewedByPeerExperienced <em>Reviewed By Peer Experienced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed By Peer Experienced</em>' attribute.
	 * @see #isReviewedByPeerExperienced()
	 * @generated
	 */
	void setReviewedByPeerExperienced(boolean value);

	/**
	 * Returns the value of the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved On</em>' attribute.
	 * @see #setApprovedOn(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getJobDescription_ApprovedOn()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getApprovedOn();

	/**
	 * Sets the value of the '{@link org.peerplan.model.JobDescription#getApprovedOn <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved On</em>' attribute.
	 * @see #getApprovedOn()
	 * @generated
	 */
	void setApprovedOn(LocalDate value);

} // JobDescription
