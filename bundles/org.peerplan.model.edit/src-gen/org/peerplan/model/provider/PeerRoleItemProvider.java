/**
 */
package org.peerplan.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PeerRole;

/**
 * This is the item provider adapter for a {@link org.peerplan.model.PeerRole} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PeerRoleItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeerRoleItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addTypePropertyDescriptor(object);
			addPopulationPropertyDescriptor(object);
			addLivedExperienceRequirementPropertyDescriptor(object);
			addProgramPropertyDescriptor(object);
			addFtePropertyDescriptor(object);
			addHoursPerWeekPropertyDescriptor(object);
			addHourlyRatePropertyDescriptor(object);
			addPayPatternPropertyDescriptor(object);
			addPayBenchmarkedPropertyDescriptor(object);
			addPayRecognizesLivedExperiencePropertyDescriptor(object);
			addPayLinkedToTrainingPropertyDescriptor(object);
			addReportsToPropertyDescriptor(object);
			addAdministrativeSupervisorPropertyDescriptor(object);
			addProfessionalDevelopmentSupervisorPropertyDescriptor(object);
			addSupervisorSourcePropertyDescriptor(object);
			addContractedSupervisionPerYearPropertyDescriptor(object);
			addCheckInFrequencyPropertyDescriptor(object);
			addCaseloadPropertyDescriptor(object);
			addDrivesPropertyDescriptor(object);
			addCertificationPropertyDescriptor(object);
			addCertificationWithinMonthsPropertyDescriptor(object);
			addPlannedCeHoursPerTwoYearsPropertyDescriptor(object);
			addHiringRationalePropertyDescriptor(object);
			addFilledByRetitlingPropertyDescriptor(object);
			addMinimumApplicantsPropertyDescriptor(object);
			addHoldersPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_title_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_type_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_type_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Population feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPopulationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_population_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_population_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__POPULATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lived Experience Requirement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLivedExperienceRequirementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_livedExperienceRequirement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_livedExperienceRequirement_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Program feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProgramPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_program_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_program_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__PROGRAM,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fte feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFtePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_fte_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_fte_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__FTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hours Per Week feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoursPerWeekPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_hoursPerWeek_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_hoursPerWeek_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__HOURS_PER_WEEK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hourly Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHourlyRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_hourlyRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_hourlyRate_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__HOURLY_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pay Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPayPatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_payPattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_payPattern_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__PAY_PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pay Benchmarked feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPayBenchmarkedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_payBenchmarked_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_payBenchmarked_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__PAY_BENCHMARKED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pay Recognizes Lived Experience feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPayRecognizesLivedExperiencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_payRecognizesLivedExperience_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_payRecognizesLivedExperience_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pay Linked To Training feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPayLinkedToTrainingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_payLinkedToTraining_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_payLinkedToTraining_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__PAY_LINKED_TO_TRAINING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reports To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportsToPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_reportsTo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_reportsTo_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__REPORTS_TO,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Administrative Supervisor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdministrativeSupervisorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_administrativeSupervisor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_administrativeSupervisor_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__ADMINISTRATIVE_SUPERVISOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Professional Development Supervisor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProfessionalDevelopmentSupervisorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_professionalDevelopmentSupervisor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_professionalDevelopmentSupervisor_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Supervisor Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupervisorSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_supervisorSource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_supervisorSource_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__SUPERVISOR_SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contracted Supervision Per Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContractedSupervisionPerYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_contractedSupervisionPerYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_contractedSupervisionPerYear_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Check In Frequency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCheckInFrequencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_checkInFrequency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_checkInFrequency_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__CHECK_IN_FREQUENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Caseload feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCaseloadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_caseload_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_caseload_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__CASELOAD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Drives feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDrivesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_drives_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_drives_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__DRIVES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Certification feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertificationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_certification_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_certification_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__CERTIFICATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Certification Within Months feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertificationWithinMonthsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_certificationWithinMonths_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_certificationWithinMonths_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__CERTIFICATION_WITHIN_MONTHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned Ce Hours Per Two Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedCeHoursPerTwoYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_plannedCeHoursPerTwoYears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_plannedCeHoursPerTwoYears_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hiring Rationale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHiringRationalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_hiringRationale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_hiringRationale_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__HIRING_RATIONALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Filled By Retitling feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFilledByRetitlingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_filledByRetitling_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_filledByRetitling_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__FILLED_BY_RETITLING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Applicants feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumApplicantsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_minimumApplicants_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_minimumApplicants_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__MINIMUM_APPLICANTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Holders feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoldersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PeerRole_holders_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PeerRole_holders_feature", "_UI_PeerRole_type"),
				 PeerPlanPackage.Literals.PEER_ROLE__HOLDERS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PeerPlanPackage.Literals.PEER_ROLE__DUTIES);
			childrenFeatures.add(PeerPlanPackage.Literals.PEER_ROLE__CAREER_LADDER);
			childrenFeatures.add(PeerPlanPackage.Literals.PEER_ROLE__JOB_DESCRIPTION);
			childrenFeatures.add(PeerPlanPackage.Literals.PEER_ROLE__INTERVIEW);
			childrenFeatures.add(PeerPlanPackage.Literals.PEER_ROLE__BACKGROUND_CHECK);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns PeerRole.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PeerRole"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PeerRole)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_PeerRole_type") :
			getString("_UI_PeerRole_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(PeerRole.class)) {
			case PeerPlanPackage.PEER_ROLE__TITLE:
			case PeerPlanPackage.PEER_ROLE__TYPE:
			case PeerPlanPackage.PEER_ROLE__POPULATION:
			case PeerPlanPackage.PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT:
			case PeerPlanPackage.PEER_ROLE__FTE:
			case PeerPlanPackage.PEER_ROLE__HOURS_PER_WEEK:
			case PeerPlanPackage.PEER_ROLE__HOURLY_RATE:
			case PeerPlanPackage.PEER_ROLE__PAY_PATTERN:
			case PeerPlanPackage.PEER_ROLE__PAY_BENCHMARKED:
			case PeerPlanPackage.PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE:
			case PeerPlanPackage.PEER_ROLE__PAY_LINKED_TO_TRAINING:
			case PeerPlanPackage.PEER_ROLE__SUPERVISOR_SOURCE:
			case PeerPlanPackage.PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR:
			case PeerPlanPackage.PEER_ROLE__CHECK_IN_FREQUENCY:
			case PeerPlanPackage.PEER_ROLE__CASELOAD:
			case PeerPlanPackage.PEER_ROLE__DRIVES:
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION:
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION_WITHIN_MONTHS:
			case PeerPlanPackage.PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS:
			case PeerPlanPackage.PEER_ROLE__HIRING_RATIONALE:
			case PeerPlanPackage.PEER_ROLE__FILLED_BY_RETITLING:
			case PeerPlanPackage.PEER_ROLE__MINIMUM_APPLICANTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PeerPlanPackage.PEER_ROLE__DUTIES:
			case PeerPlanPackage.PEER_ROLE__CAREER_LADDER:
			case PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION:
			case PeerPlanPackage.PEER_ROLE__INTERVIEW:
			case PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.PEER_ROLE__DUTIES,
				 PeerPlanFactory.eINSTANCE.createDuty()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.PEER_ROLE__CAREER_LADDER,
				 PeerPlanFactory.eINSTANCE.createCareerStep()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.PEER_ROLE__JOB_DESCRIPTION,
				 PeerPlanFactory.eINSTANCE.createJobDescription()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.PEER_ROLE__INTERVIEW,
				 PeerPlanFactory.eINSTANCE.createInterviewPlan()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.PEER_ROLE__BACKGROUND_CHECK,
				 PeerPlanFactory.eINSTANCE.createBackgroundCheck()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PeerPlanEditPlugin.INSTANCE;
	}

}
