/**
 */
package org.peerplan.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Agency#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getState <em>State</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getRegion <em>Region</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getMission <em>Mission</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getVision <em>Vision</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getValues <em>Values</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#isBillsMedicaidForPeerServices <em>Bills Medicaid For Peer Services</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getLivingWageHourly <em>Living Wage Hourly</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getLowestHourlyRate <em>Lowest Hourly Rate</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getEntryLevelDirectSupportRate <em>Entry Level Direct Support Rate</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getHoursPerFte <em>Hours Per Fte</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getFringeBenefitRate <em>Fringe Benefit Rate</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getMedicaidHourlyRate <em>Medicaid Hourly Rate</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getBillableShare <em>Billable Share</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getPrograms <em>Programs</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getPeople <em>People</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getFunderConstraints <em>Funder Constraints</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getAdvisoryBoard <em>Advisory Board</em>}</li>
 *   <li>{@link org.peerplan.model.Agency#getHolidays <em>Holidays</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getAgency()
 * @model
 * @generated
 */
public interface Agency extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two-letter US state code; some rules apply only in one state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Mission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mission</em>' attribute.
	 * @see #setMission(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_Mission()
	 * @model
	 * @generated
	 */
	String getMission();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getMission <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mission</em>' attribute.
	 * @see #getMission()
	 * @generated
	 */
	void setMission(String value);

	/**
	 * Returns the value of the '<em><b>Vision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vision</em>' attribute.
	 * @see #setVision(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_Vision()
	 * @model
	 * @generated
	 */
	String getVision();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getVision <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vision</em>' attribute.
	 * @see #getVision()
	 * @generated
	 */
	void setVision(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see #setValues(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_Values()
	 * @model
	 * @generated
	 */
	String getValues();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see #getValues()
	 * @generated
	 */
	void setValues(String value);

	/**
	 * Returns the value of the '<em><b>Bills Medicaid For Peer Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bills Medicaid For Peer Services</em>' attribute.
	 * @see #setBillsMedicaidForPeerServices(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_BillsMedicaidForPeerServices()
	 * @model
	 * @generated
	 */
	boolean isBillsMedicaidForPeerServices();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#isBillsMedicaidForPeerServices <em>Bills Medicaid For Peer Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bills Medicaid For Peer Services</em>' attribute.
	 * @see #isBillsMedicaidForPeerServices()
	 * @generated
	 */
	void setBillsMedicaidForPeerServices(boolean value);

	/**
	 * Returns the value of the '<em><b>Living Wage Hourly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Living Wage Hourly</em>' attribute.
	 * @see #setLivingWageHourly(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_LivingWageHourly()
	 * @model
	 * @generated
	 */
	BigDecimal getLivingWageHourly();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getLivingWageHourly <em>Living Wage Hourly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Living Wage Hourly</em>' attribute.
	 * @see #getLivingWageHourly()
	 * @generated
	 */
	void setLivingWageHourly(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Lowest Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lowest Hourly Rate</em>' attribute.
	 * @see #setLowestHourlyRate(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_LowestHourlyRate()
	 * @model
	 * @generated
	 */
	BigDecimal getLowestHourlyRate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getLowestHourlyRate <em>Lowest Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lowest Hourly Rate</em>' attribute.
	 * @see #getLowestHourlyRate()
	 * @generated
	 */
	void setLowestHourlyRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Entry Level Direct Support Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entry Level Direct Support Rate</em>' attribute.
	 * @see #setEntryLevelDirectSupportRate(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_EntryLevelDirectSupportRate()
	 * @model
	 * @generated
	 */
	BigDecimal getEntryLevelDirectSupportRate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getEntryLevelDirectSupportRate <em>Entry Level Direct Support Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry Level Direct Support Rate</em>' attribute.
	 * @see #getEntryLevelDirectSupportRate()
	 * @generated
	 */
	void setEntryLevelDirectSupportRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Hours Per Fte</b></em>' attribute.
	 * The default value is <code>"2080"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours Per Fte</em>' attribute.
	 * @see #setHoursPerFte(int)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_HoursPerFte()
	 * @model default="2080"
	 * @generated
	 */
	int getHoursPerFte();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getHoursPerFte <em>Hours Per Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Per Fte</em>' attribute.
	 * @see #getHoursPerFte()
	 * @generated
	 */
	void setHoursPerFte(int value);

	/**
	 * Returns the value of the '<em><b>Fringe Benefit Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Benefits and payroll taxes as a share of wages: 0.30 adds 30 % to every position's pay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fringe Benefit Rate</em>' attribute.
	 * @see #setFringeBenefitRate(Double)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_FringeBenefitRate()
	 * @model
	 * @generated
	 */
	Double getFringeBenefitRate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getFringeBenefitRate <em>Fringe Benefit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fringe Benefit Rate</em>' attribute.
	 * @see #getFringeBenefitRate()
	 * @generated
	 */
	void setFringeBenefitRate(Double value);

	/**
	 * Returns the value of the '<em><b>Medicaid Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What Medicaid pays the agency for an hour of billable peer services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Medicaid Hourly Rate</em>' attribute.
	 * @see #setMedicaidHourlyRate(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_MedicaidHourlyRate()
	 * @model
	 * @generated
	 */
	BigDecimal getMedicaidHourlyRate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getMedicaidHourlyRate <em>Medicaid Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medicaid Hourly Rate</em>' attribute.
	 * @see #getMedicaidHourlyRate()
	 * @generated
	 */
	void setMedicaidHourlyRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Billable Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of a peer worker's paid hours that can be billed, e.g. 0.5 for half.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Billable Share</em>' attribute.
	 * @see #setBillableShare(Double)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_BillableShare()
	 * @model
	 * @generated
	 */
	Double getBillableShare();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getBillableShare <em>Billable Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Billable Share</em>' attribute.
	 * @see #getBillableShare()
	 * @generated
	 */
	void setBillableShare(Double value);

	/**
	 * Returns the value of the '<em><b>Programs</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Program}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programs</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_Programs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Program> getPrograms();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Funder Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.FunderConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funder Constraints</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_FunderConstraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<FunderConstraint> getFunderConstraints();

	/**
	 * Returns the value of the '<em><b>Advisory Board</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Advisory Board</em>' containment reference.
	 * @see #setAdvisoryBoard(AdvisoryBoard)
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_AdvisoryBoard()
	 * @model containment="true"
	 * @generated
	 */
	AdvisoryBoard getAdvisoryBoard();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Agency#getAdvisoryBoard <em>Advisory Board</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advisory Board</em>' containment reference.
	 * @see #getAdvisoryBoard()
	 * @generated
	 */
	void setAdvisoryBoard(AdvisoryBoard value);

	/**
	 * Returns the value of the '<em><b>Holidays</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Holiday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The days the agency is closed besides weekends; no task starts or ends on one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holidays</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getAgency_Holidays()
	 * @model containment="true"
	 * @generated
	 */
	EList<Holiday> getHolidays();

} // Agency
