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

import org.peerplan.model.Agency;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage;

/**
 * This is the item provider adapter for a {@link org.peerplan.model.Agency} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AgencyItemProvider 
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
	public AgencyItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addStatePropertyDescriptor(object);
			addRegionPropertyDescriptor(object);
			addMissionPropertyDescriptor(object);
			addVisionPropertyDescriptor(object);
			addValuesPropertyDescriptor(object);
			addBillsMedicaidForPeerServicesPropertyDescriptor(object);
			addLivingWageHourlyPropertyDescriptor(object);
			addLowestHourlyRatePropertyDescriptor(object);
			addEntryLevelDirectSupportRatePropertyDescriptor(object);
			addHoursPerFtePropertyDescriptor(object);
			addFringeBenefitRatePropertyDescriptor(object);
			addMedicaidHourlyRatePropertyDescriptor(object);
			addBillableSharePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_name_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the State feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_state_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_state_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__STATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Region feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_region_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_region_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__REGION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mission feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMissionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_mission_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_mission_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__MISSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_vision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_vision_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__VISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Values feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValuesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_values_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_values_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__VALUES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bills Medicaid For Peer Services feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBillsMedicaidForPeerServicesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_billsMedicaidForPeerServices_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_billsMedicaidForPeerServices_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Living Wage Hourly feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLivingWageHourlyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_livingWageHourly_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_livingWageHourly_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__LIVING_WAGE_HOURLY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lowest Hourly Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLowestHourlyRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_lowestHourlyRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_lowestHourlyRate_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__LOWEST_HOURLY_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Entry Level Direct Support Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEntryLevelDirectSupportRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_entryLevelDirectSupportRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_entryLevelDirectSupportRate_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hours Per Fte feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoursPerFtePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_hoursPerFte_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_hoursPerFte_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__HOURS_PER_FTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fringe Benefit Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFringeBenefitRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_fringeBenefitRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_fringeBenefitRate_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__FRINGE_BENEFIT_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Medicaid Hourly Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMedicaidHourlyRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_medicaidHourlyRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_medicaidHourlyRate_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__MEDICAID_HOURLY_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Billable Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBillableSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_billableShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_billableShare_feature", "_UI_Agency_type"),
				 PeerPlanPackage.Literals.AGENCY__BILLABLE_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(PeerPlanPackage.Literals.AGENCY__PROGRAMS);
			childrenFeatures.add(PeerPlanPackage.Literals.AGENCY__PEOPLE);
			childrenFeatures.add(PeerPlanPackage.Literals.AGENCY__FUNDER_CONSTRAINTS);
			childrenFeatures.add(PeerPlanPackage.Literals.AGENCY__ADVISORY_BOARD);
			childrenFeatures.add(PeerPlanPackage.Literals.AGENCY__HOLIDAYS);
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
	 * This returns Agency.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Agency"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Agency)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Agency_type") :
			getString("_UI_Agency_type") + " " + label;
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

		switch (notification.getFeatureID(Agency.class)) {
			case PeerPlanPackage.AGENCY__NAME:
			case PeerPlanPackage.AGENCY__STATE:
			case PeerPlanPackage.AGENCY__REGION:
			case PeerPlanPackage.AGENCY__MISSION:
			case PeerPlanPackage.AGENCY__VISION:
			case PeerPlanPackage.AGENCY__VALUES:
			case PeerPlanPackage.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES:
			case PeerPlanPackage.AGENCY__LIVING_WAGE_HOURLY:
			case PeerPlanPackage.AGENCY__LOWEST_HOURLY_RATE:
			case PeerPlanPackage.AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE:
			case PeerPlanPackage.AGENCY__HOURS_PER_FTE:
			case PeerPlanPackage.AGENCY__FRINGE_BENEFIT_RATE:
			case PeerPlanPackage.AGENCY__MEDICAID_HOURLY_RATE:
			case PeerPlanPackage.AGENCY__BILLABLE_SHARE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PeerPlanPackage.AGENCY__PROGRAMS:
			case PeerPlanPackage.AGENCY__PEOPLE:
			case PeerPlanPackage.AGENCY__FUNDER_CONSTRAINTS:
			case PeerPlanPackage.AGENCY__ADVISORY_BOARD:
			case PeerPlanPackage.AGENCY__HOLIDAYS:
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
				(PeerPlanPackage.Literals.AGENCY__PROGRAMS,
				 PeerPlanFactory.eINSTANCE.createProgram()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.AGENCY__PEOPLE,
				 PeerPlanFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.AGENCY__FUNDER_CONSTRAINTS,
				 PeerPlanFactory.eINSTANCE.createFunderConstraint()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.AGENCY__ADVISORY_BOARD,
				 PeerPlanFactory.eINSTANCE.createAdvisoryBoard()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.AGENCY__HOLIDAYS,
				 PeerPlanFactory.eINSTANCE.createHoliday()));
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
