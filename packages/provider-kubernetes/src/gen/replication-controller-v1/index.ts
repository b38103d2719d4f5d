// generated from terraform resource schema

import { ReplicationControllerV1Metadata, 
replicationControllerV1MetadataToTerraform, 
replicationControllerV1MetadataToHclTerraform, 
ReplicationControllerV1MetadataOutputReference, 
ReplicationControllerV1Spec, 
replicationControllerV1SpecToTerraform, 
replicationControllerV1SpecToHclTerraform, 
ReplicationControllerV1SpecOutputReference, 
ReplicationControllerV1Timeouts, 
replicationControllerV1TimeoutsToTerraform, 
replicationControllerV1TimeoutsToHclTerraform, 
ReplicationControllerV1TimeoutsOutputReference} from './index-structs/index.js'
export * from './index-structs/index.js'
import { Construct } from '@codex-coder/cdk';
import * as cdktf from '@codex-coder/cdk';
export interface ReplicationControllerV1Config extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/replication_controller_v1#id ReplicationControllerV1#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * metadata block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/replication_controller_v1#metadata ReplicationControllerV1#metadata}
  */
  readonly metadata: ReplicationControllerV1Metadata;
  /**
  * spec block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/replication_controller_v1#spec ReplicationControllerV1#spec}
  */
  readonly spec: ReplicationControllerV1Spec;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/replication_controller_v1#timeouts ReplicationControllerV1#timeouts}
  */
  readonly timeouts?: ReplicationControllerV1Timeouts;
}

/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/replication_controller_v1 kubernetes_replication_controller_v1}
*/
export class ReplicationControllerV1 extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "kubernetes_replication_controller_v1";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ReplicationControllerV1 resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ReplicationControllerV1 to import
  * @param importFromId The id of the existing ReplicationControllerV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/replication_controller_v1#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ReplicationControllerV1 to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "kubernetes_replication_controller_v1", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/replication_controller_v1 kubernetes_replication_controller_v1} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ReplicationControllerV1Config
  */
  public constructor(scope: Construct, id: string, config: ReplicationControllerV1Config) {
    super(scope, id, {
      terraformResourceType: 'kubernetes_replication_controller_v1',
      terraformGeneratorMetadata: {
        providerName: 'kubernetes',
        providerVersionConstraint: '>= 2.7.0, < 4.0.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._metadata.internalValue = config.metadata;
    this._spec.internalValue = config.spec;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id(): string {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId(): void {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput(): string | undefined {
    return this._id;
  }

  // metadata - computed: false, optional: false, required: true
  private _metadata = new ReplicationControllerV1MetadataOutputReference(this, "metadata");
  public get metadata(): ReplicationControllerV1MetadataOutputReference {
    return this._metadata;
  }
  public putMetadata(value: ReplicationControllerV1Metadata): void {
    this._metadata.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get metadataInput(): ReplicationControllerV1Metadata | undefined {
    return this._metadata.internalValue;
  }

  // spec - computed: false, optional: false, required: true
  private _spec = new ReplicationControllerV1SpecOutputReference(this, "spec");
  public get spec(): ReplicationControllerV1SpecOutputReference {
    return this._spec;
  }
  public putSpec(value: ReplicationControllerV1Spec): void {
    this._spec.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get specInput(): ReplicationControllerV1Spec | undefined {
    return this._spec.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ReplicationControllerV1TimeoutsOutputReference(this, "timeouts");
  public get timeouts(): ReplicationControllerV1TimeoutsOutputReference {
    return this._timeouts;
  }
  public putTimeouts(value: ReplicationControllerV1Timeouts): void {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts(): void {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput(): ReplicationControllerV1Timeouts | cdktf.IResolvable | undefined {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      metadata: replicationControllerV1MetadataToTerraform(this._metadata.internalValue),
      spec: replicationControllerV1SpecToTerraform(this._spec.internalValue),
      timeouts: replicationControllerV1TimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      metadata: {
        value: replicationControllerV1MetadataToHclTerraform(this._metadata.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ReplicationControllerV1MetadataList",
      },
      spec: {
        value: replicationControllerV1SpecToHclTerraform(this._spec.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ReplicationControllerV1SpecList",
      },
      timeouts: {
        value: replicationControllerV1TimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ReplicationControllerV1Timeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
