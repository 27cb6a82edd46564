/**
 */
package org.peerplan.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.PopulationServed;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Peer Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PeerRole#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getType <em>Type</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getLivedExperienceRequirement <em>Lived Experience Requirement</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getProgram <em>Program</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getFte <em>Fte</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getHoursPerWeek <em>Hours Per Week</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getHourlyRate <em>Hourly Rate</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getPayPattern <em>Pay Pattern</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#isPayBenchmarked <em>Pay Benchmarked</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#isPayRecognizesLivedExperience <em>Pay Recognizes Lived Experience</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#isPayLinkedToTraining <em>Pay Linked To Training</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getReportsTo <em>Reports To</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getAdministrativeSupervisor <em>Administrative Supervisor</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getProfessionalDevelopmentSupervisor <em>Professional Development Supervisor</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getSupervisorSource <em>Supervisor Source</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getContractedSupervisionPerYear <em>Contracted Supervision Per Year</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getCheckInFrequency <em>Check In Frequency</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#isCaseload <em>Caseload</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#isDrives <em>Drives</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getCertification <em>Certification</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getCertificationWithinMonths <em>Certification Within Months</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getPlannedCeHoursPerTwoYears <em>Planned Ce Hours Per Two Years</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getHiringRationale <em>Hiring Rationale</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#isFilledByRetitling <em>Filled By Retitling</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getMinimumApplicants <em>Minimum Applicants</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getDuties <em>Duties</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getCareerLadder <em>Career Ladder</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getJobDescription <em>Job Description</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getInterview <em>Interview</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getBackgroundCheck <em>Background Check</em>}</li>
 *   <li>{@link org.peerplan.model.PeerRole#getHolders <em>Holders</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPeerRole()
 * @model
 * @generated
 */
public interface PeerRole extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.PeerWorkerType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.peerplan.model.PeerWorkerType
	 * @see #setType(PeerWorkerType)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Type()
	 * @model
	 * @generated
	 */
	PeerWorkerType getType();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.peerplan.model.PeerWorkerType
	 * @see #getType()
	 * @generated
	 */
	void setType(PeerWorkerType value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.PopulationServed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see org.peerplan.model.catalog.PopulationServed
	 * @see #setPopulation(PopulationServed)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Population()
	 * @model
	 * @generated
	 */
	PopulationServed getPopulation();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see org.peerplan.model.catalog.PopulationServed
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(PopulationServed value);

	/**
	 * Returns the value of the '<em><b>Lived Experience Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lived Experience Requirement</em>' attribute.
	 * @see #setLivedExperienceRequirement(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_LivedExperienceRequirement()
	 * @model
	 * @generated
	 */
	String getLivedExperienceRequirement();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getLivedExperienceRequirement <em>Lived Experience Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lived Experience Requirement</em>' attribute.
	 * @see #getLivedExperienceRequirement()
	 * @generated
	 */
	void setLivedExperienceRequirement(String value);

	/**
	 * Returns the value of the '<em><b>Program</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Program</em>' reference.
	 * @see #setProgram(Program)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Program()
	 * @model
	 * @generated
	 */
	Program getProgram();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getProgram <em>Program</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Program</em>' reference.
	 * @see #getProgram()
	 * @generated
	 */
	void setProgram(Program value);

	/**
	 * Returns the value of the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fte</em>' attribute.
	 * @see #setFte(double)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Fte()
	 * @model
	 * @generated
	 */
	double getFte();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getFte <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fte</em>' attribute.
	 * @see #getFte()
	 * @generated
	 */
	void setFte(double value);

	/**
	 * Returns the value of the '<em><b>Hours Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours Per Week</em>' attribute.
	 * @see #setHoursPerWeek(double)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_HoursPerWeek()
	 * @model
	 * @generated
	 */
	double getHoursPerWeek();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getHoursPerWeek <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Per Week</em>' attribute.
	 * @see #getHoursPerWeek()
	 * @generated
	 */
	void setHoursPerWeek(double value);

	/**
	 * Returns the value of the '<em><b>Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hourly Rate</em>' attribute.
	 * @see #setHourlyRate(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_HourlyRate()
	 * @model
	 * @generated
	 */
	BigDecimal getHourlyRate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getHourlyRate <em>Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hourly Rate</em>' attribute.
	 * @see #getHourlyRate()
	 * @generated
	 */
	void setHourlyRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Pay Pattern</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.PayPattern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pay Pattern</em>' attribute.
	 * @see org.peerplan.model.PayPattern
	 * @see #setPayPattern(PayPattern)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_PayPattern()
	 * @model
	 * @generated
	 */
	PayPattern getPayPattern();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getPayPattern <em>Pay Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pay Pattern</em>' attribute.
	 * @see org.peerplan.model.PayPattern
	 * @see #getPayPattern()
	 * @generated
	 */
	void setPayPattern(PayPattern value);

	/**
	 * Returns the value of the '<em><b>Pay Benchmarked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pay Benchmarked</em>' attribute.
	 * @see #setPayBenchmarked(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_PayBenchmarked()
	 * @model
	 * @generated
	 */
	boolean isPayBenchmarked();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#isPayBenchmarked <em>Pay Benchmarked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pay Benchmarked</em>' attribute.
	 * @see #isPayBenchmarked()
	 * @generated
	 */
	void setPayBenchmarked(boolean value);

	/**
	 * Returns the value of the '<em><b>Pay Recognizes Lived Experience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pay Recognizes Lived Experience</em>' attribute.
	 * @see #setPayRecognizesLivedExperience(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_PayRecognizesLivedExperience()
	 * @model
	 * @generated
	 */
	boolean isPayRecognizesLivedExperience();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#isPayRecognizesLivedExperience <em>Pay Recognizes Lived Experience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pay Recognizes Lived Experience</em>' attribute.
	 * @see #isPayRecognizesLivedExperience()
	 * @generated
	 */
	void setPayRecognizesLivedExperience(boolean value);

	/**
	 * Returns the value of the '<em><b>Pay Linked To Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pay Linked To Training</em>' attribute.
	 * @see #setPayLinkedToTraining(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_PayLinkedToTraining()
	 * @model
	 * @generated
	 */
	boolean isPayLinkedToTraining();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#isPayLinkedToTraining <em>Pay Linked To Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pay Linked To Training</em>' attribute.
	 * @see #isPayLinkedToTraining()
	 * @generated
	 */
	void setPayLinkedToTraining(boolean value);

	/**
	 * Returns the value of the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports To</em>' reference.
	 * @see #setReportsTo(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_ReportsTo()
	 * @model
	 * @generated
	 */
	Person getReportsTo();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getReportsTo <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reports To</em>' reference.
	 * @see #getReportsTo()
	 * @generated
	 */
	void setReportsTo(Person value);

	/**
	 * Returns the value of the '<em><b>Administrative Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Administrative Supervisor</em>' reference.
	 * @see #setAdministrativeSupervisor(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_AdministrativeSupervisor()
	 * @model
	 * @generated
	 */
	Person getAdministrativeSupervisor();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getAdministrativeSupervisor <em>Administrative Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Administrative Supervisor</em>' reference.
	 * @see #getAdministrativeSupervisor()
	 * @generated
	 */
	void setAdministrativeSupervisor(Person value);

	/**
	 * Returns the value of the '<em><b>Professional Development Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Professional Development Supervisor</em>' reference.
	 * @see #setProfessionalDevelopmentSupervisor(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_ProfessionalDevelopmentSupervisor()
	 * @model
	 * @generated
	 */
	Person getProfessionalDevelopmentSupervisor();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getProfessionalDevelopmentSupervisor <em>Professional Development Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Professional Development Supervisor</em>' reference.
	 * @see #getProfessionalDevelopmentSupervisor()
	 * @generated
	 */
	void setProfessionalDevelopmentSupervisor(Person value);

	/**
	 * Returns the value of the '<em><b>Supervisor Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.PeerSupervisorSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisor Source</em>' attribute.
	 * @see org.peerplan.model.PeerSupervisorSource
	 * @see #setSupervisorSource(PeerSupervisorSource)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_SupervisorSource()
	 * @model
	 * @generated
	 */
	PeerSupervisorSource getSupervisorSource();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getSupervisorSource <em>Supervisor Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor Source</em>' attribute.
	 * @see org.peerplan.model.PeerSupervisorSource
	 * @see #getSupervisorSource()
	 * @generated
	 */
	void setSupervisorSource(PeerSupervisorSource value);

	/**
	 * Returns the value of the '<em><b>Contracted Supervision Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contracted Supervision Per Year</em>' attribute.
	 * @see #setContractedSupervisionPerYear(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_ContractedSupervisionPerYear()
	 * @model
	 * @generated
	 */
	BigDecimal getContractedSupervisionPerYear();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getContractedSupervisionPerYear <em>Contracted Supervision Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contracted Supervision Per Year</em>' attribute.
	 * @see #getContractedSupervisionPerYear()
	 * @generated
	 */
	void setContractedSupervisionPerYear(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Check In Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.CheckInFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Check In Frequency</em>' attribute.
	 * @see org.peerplan.model.CheckInFrequency
	 * @see #setCheckInFrequency(CheckInFrequency)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_CheckInFrequency()
	 * @model
	 * @generated
	 */
	CheckInFrequency getCheckInFrequency();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getCheckInFrequency <em>Check In Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Check In Frequency</em>' attribute.
	 * @see org.peerplan.model.CheckInFrequency
	 * @see #getCheckInFrequency()
	 * @generated
	 */
	void setCheckInFrequency(CheckInFrequency value);

	/**
	 * Returns the value of the '<em><b>Caseload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caseload</em>' attribute.
	 * @see #setCaseload(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Caseload()
	 * @model
	 * @generated
	 */
	boolean isCaseload();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#isCaseload <em>Caseload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caseload</em>' attribute.
	 * @see #isCaseload()
	 * @generated
	 */
	void setCaseload(boolean value);

	/**
	 * Returns the value of the '<em><b>Drives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drives</em>' attribute.
	 * @see #setDrives(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Drives()
	 * @model
	 * @generated
	 */
	boolean isDrives();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#isDrives <em>Drives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drives</em>' attribute.
	 * @see #isDrives()
	 * @generated
	 */
	void setDrives(boolean value);

	/**
	 * Returns the value of the '<em><b>Certification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certification</em>' attribute.
	 * @see #setCertification(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Certification()
	 * @model
	 * @generated
	 */
	String getCertification();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getCertification <em>Certification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification</em>' attribute.
	 * @see #getCertification()
	 * @generated
	 */
	void setCertification(String value);

	/**
	 * Returns the value of the '<em><b>Certification Within Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certification Within Months</em>' attribute.
	 * @see #setCertificationWithinMonths(int)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_CertificationWithinMonths()
	 * @model
	 * @generated
	 */
	int getCertificationWithinMonths();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getCertificationWithinMonths <em>Certification Within Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification Within Months</em>' attribute.
	 * @see #getCertificationWithinMonths()
	 * @generated
	 */
	void setCertificationWithinMonths(int value);

	/**
	 * Returns the value of the '<em><b>Planned Ce Hours Per Two Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Ce Hours Per Two Years</em>' attribute.
	 * @see #setPlannedCeHoursPerTwoYears(double)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_PlannedCeHoursPerTwoYears()
	 * @model
	 * @generated
	 */
	double getPlannedCeHoursPerTwoYears();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getPlannedCeHoursPerTwoYears <em>Planned Ce Hours Per Two Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Ce Hours Per Two Years</em>' attribute.
	 * @see #getPlannedCeHoursPerTwoYears()
	 * @generated
	 */
	void setPlannedCeHoursPerTwoYears(double value);

	/**
	 * Returns the value of the '<em><b>Hiring Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hiring Rationale</em>' attribute.
	 * @see #setHiringRationale(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_HiringRationale()
	 * @model
	 * @generated
	 */
	String getHiringRationale();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getHiringRationale <em>Hiring Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hiring Rationale</em>' attribute.
	 * @see #getHiringRationale()
	 * @generated
	 */
	void setHiringRationale(String value);

	/**
	 * Returns the value of the '<em><b>Filled By Retitling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filled By Retitling</em>' attribute.
	 * @see #setFilledByRetitling(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_FilledByRetitling()
	 * @model
	 * @generated
	 */
	boolean isFilledByRetitling();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#isFilledByRetitling <em>Filled By Retitling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filled By Retitling</em>' attribute.
	 * @see #isFilledByRetitling()
	 * @generated
	 */
	void setFilledByRetitling(boolean value);

	/**
	 * Returns the value of the '<em><b>Minimum Applicants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Applicants</em>' attribute.
	 * @see #setMinimumApplicants(int)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_MinimumApplicants()
	 * @model
	 * @generated
	 */
	int getMinimumApplicants();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getMinimumApplicants <em>Minimum Applicants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Applicants</em>' attribute.
	 * @see #getMinimumApplicants()
	 * @generated
	 */
	void setMinimumApplicants(int value);

	/**
	 * Returns the value of the '<em><b>Duties</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Duty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duties</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Duties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Duty> getDuties();

	/**
	 * Returns the value of the '<em><b>Career Ladder</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.CareerStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Career Ladder</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_CareerLadder()
	 * @model containment="true"
	 * @generated
	 */
	EList<CareerStep> getCareerLadder();

	/**
	 * Returns the value of the '<em><b>Job Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Job Description</em>' containment reference.
	 * @see #setJobDescription(JobDescription)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_JobDescription()
	 * @model containment="true"
	 * @generated
	 */
	JobDescription getJobDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getJobDescription <em>Job Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Description</em>' containment reference.
	 * @see #getJobDescription()
	 * @generated
	 */
	void setJobDescription(JobDescription value);

	/**
	 * Returns the value of the '<em><b>Interview</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interview</em>' containment reference.
	 * @see #setInterview(InterviewPlan)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Interview()
	 * @model containment="true"
	 * @generated
	 */
	InterviewPlan getInterview();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getInterview <em>Interview</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interview</em>' containment reference.
	 * @see #getInterview()
	 * @generated
	 */
	void setInterview(InterviewPlan value);

	/**
	 * Returns the value of the '<em><b>Background Check</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Background Check</em>' containment reference.
	 * @see #setBackgroundCheck(BackgroundCheck)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_BackgroundCheck()
	 * @model containment="true"
	 * @generated
	 */
	BackgroundCheck getBackgroundCheck();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerRole#getBackgroundCheck <em>Background Check</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background Check</em>' containment reference.
	 * @see #getBackgroundCheck()
	 * @generated
	 */
	void setBackgroundCheck(BackgroundCheck value);

	/**
	 * Returns the value of the '<em><b>Holders</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holders</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPeerRole_Holders()
	 * @model
	 * @generated
	 */
	EList<Person> getHolders();

} // PeerRole
